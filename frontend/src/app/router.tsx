import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { useState } from 'react';
import { AppRoot } from './routes/app-root';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';

export const paths = {
  home: '/',
  login: '/login',
} as const;

export const routes: RouteObject[] = [
  { path: paths.login, element: <LoginRoute /> },
  { path: paths.home, element: <AppRoot /> },
  { path: '*', element: <NotFoundRoute /> },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
