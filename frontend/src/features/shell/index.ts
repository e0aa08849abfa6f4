// The shell feature's public surface, used by src/app/routes.
export { AppShell } from './components/AppShell';
