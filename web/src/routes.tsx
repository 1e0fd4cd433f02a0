// The app's pages: one line a page, each loaded when first opened so the dashboard's bundle stays
// small. `public` pages need no sign-in (a passport reached through its GS1 Digital Link).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface AppRoute {
  path: string;
  page: LazyExoticComponent<ComponentType>;
  public?: boolean;
}

export const ROUTES: AppRoute[] = [
  { path: '/dashboard', page: lazy(() => import('./pages/dashboard.tsx')) },
];
