import { CannedRepliesPage } from '@/features/canned';
import { SignedIn } from './signed-in';

/** Everyone keeps canned replies: supervisors the company's and their own, agents their own. */
export function CannedRepliesRoute() {
  return <SignedIn fluid>{(user) => <CannedRepliesPage user={user} />}</SignedIn>;
}
