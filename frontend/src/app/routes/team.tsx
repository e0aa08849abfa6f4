import { Navigate } from 'react-router';
import { TeamPage } from '@/features/team';
import { SignedIn } from './signed-in';

/** Supervisors manage the team; anyone else who lands here goes to the inbox. */
export function TeamRoute() {
  return <SignedIn>{(user) => (user.role === 'supervisor' ? <TeamPage user={user} /> : <Navigate to="/" replace />)}</SignedIn>;
}
