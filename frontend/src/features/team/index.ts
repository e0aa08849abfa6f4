// The team feature's public surface, used by src/app/routes.
export { TeamPage } from './components/TeamPage';
