import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { useState } from 'react';
import { AppRoot } from './routes/app-root';
import { CannedRepliesRoute } from './routes/canned-replies';
import { ChannelsRoute } from './routes/channels';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { TeamRoute } from './routes/team';

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
  { path: paths.team, element: <TeamRoute /> },
  { path: paths.channels, element: <ChannelsRoute /> },
  { path: paths.cannedReplies, element: <CannedRepliesRoute /> },
  { path: '*', element: <NotFoundRoute /> },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
