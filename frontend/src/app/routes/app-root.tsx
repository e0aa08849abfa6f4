import { InboxPage, StartView } from '@/features/inbox';
import { SignedIn } from './signed-in';

/** The protected home: the shell around the inbox. */
export function AppRoot() {
  return (
    <SignedIn fluid>
      {(user) => (
        <StartView user={user}>
          <InboxPage user={user} />
        </StartView>
      )}
    </SignedIn>
  );
}
