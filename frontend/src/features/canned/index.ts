// The canned-replies feature's public surface, used by src/app/routes.
export { CannedRepliesPage } from './components/CannedRepliesPage';
