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
  { path: '/flows', page: lazy(() => import('./pages/flows.tsx')) },
  { path: '/alerts', page: lazy(() => import('./pages/alerts.tsx')) },
  { path: '/alerts/:id', page: lazy(() => import('./pages/alert.tsx')) },
  { path: '/lots', page: lazy(() => import('./pages/lots.tsx')) },
  { path: '/lots/:id', page: lazy(() => import('./pages/lot.tsx')) },
  { path: '/registry', page: lazy(() => import('./pages/registry.tsx')) },
  { path: '/quotas', page: lazy(() => import('./pages/quotas.tsx')) },
  { path: '/reports', page: lazy(() => import('./pages/reports.tsx')) },
  { path: '/reporting', page: lazy(() => import('./pages/reporting/upload.tsx')) },
  { path: '/reporting/forms', page: lazy(() => import('./pages/reporting/forms.tsx')) },
  { path: '/reporting/calendar', page: lazy(() => import('./pages/reporting/calendar.tsx')) },
  { path: '/passports', page: lazy(() => import('./pages/passport.tsx')), public: true },
  { path: '/01/:gtin/10/:lot', page: lazy(() => import('./pages/passport.tsx').then((m) => ({ default: m.PublishedPassport }))), public: true },
];
