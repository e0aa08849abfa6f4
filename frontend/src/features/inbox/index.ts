// The inbox feature's public surface, used by src/app/routes.
export { InboxPage } from './components/InboxPage';
export { MentionBell } from './components/MentionBell';
export { NotificationSettings } from './components/NotificationSettings';
export { StartView } from './components/StartView';
export { useInboxLive } from './hooks/use-inbox-live';
