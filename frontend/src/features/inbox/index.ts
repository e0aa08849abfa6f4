// The inbox feature's public surface, used by src/app/routes.
export { InboxPage } from './components/InboxPage';
