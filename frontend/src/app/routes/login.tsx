import { LoginPage, RedirectIfSignedIn } from '@/features/auth';

export function LoginRoute() {
  return (
    <RedirectIfSignedIn to="/">
      <LoginPage />
    </RedirectIfSignedIn>
  );
}
