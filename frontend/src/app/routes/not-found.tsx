import { Navigate } from 'react-router';

/** Unknown URLs go home; the guard there decides between shell and login. */
export function NotFoundRoute() {
  return <Navigate to="/" replace />;
}
