import { Navigate } from 'react-router';
import { ChannelsPage } from '@/features/channels';
import { SignedIn } from './signed-in';

/** Supervisors manage the channels; anyone else who lands here goes to the inbox. */
export function ChannelsRoute() {
  return (
    <SignedIn fluid>
      {(user) => (user.role === 'supervisor' ? <ChannelsPage user={user} /> : <Navigate to="/" replace />)}
    </SignedIn>
  );
}
