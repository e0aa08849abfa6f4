// The auth feature's public surface, used by src/app/routes.
export { LoginPage } from './components/LoginPage';
export { RedirectIfSignedIn } from './components/RedirectIfSignedIn';
export { RequireAuth } from './components/RequireAuth';
export { useLogout } from './hooks/use-logout';
export { ChangePasswordDialog } from './components/ChangePasswordDialog';
export { getMeQueryOptions } from './api/get-me';
