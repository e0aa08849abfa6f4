// The channels feature's public surface, used by src/app/routes.
export { ChannelsPage } from './components/ChannelsPage';
