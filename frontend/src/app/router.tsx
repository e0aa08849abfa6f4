import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { useState } from 'react';
import { AppRoot } from './routes/app-root';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';

export const paths = {
  home: '/',
  login: '/login',
  team: '/team',
  channels: '/channels',
  cannedReplies: '/canned-replies',
} as const;

export const routes: RouteObject[] = [
  { path: paths.login, element: <LoginRoute /> },
  { path: paths.home, element: <AppRoot /> },
  // The management pages are loaded on first visit: an agent's first screen is the inbox.
  { path: paths.team, lazy: async () => ({ Component: (await import('./routes/team')).TeamRoute }) },
  { path: paths.channels, lazy: async () => ({ Component: (await import('./routes/channels')).ChannelsRoute }) },
  {
    path: paths.cannedReplies,
    lazy: async () => ({ Component: (await import('./routes/canned-replies')).CannedRepliesRoute }),
  },
  { path: '*', element: <NotFoundRoute /> },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
