// The app's pages: one line a page, each loaded when first opened so the dashboard's bundle stays
// small. `public` pages need no sign-in (a passport reached through its GS1 Digital Link); the others
// name the API policy their data needs, and a role without it is told so instead of the page (whose
// calls would be refused).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface AppRoute {
  path: string;
  page: LazyExoticComponent<ComponentType>;
  public?: boolean;
  policy?: string;
}

export const ROUTES: AppRoute[] = [
  { path: '/dashboard', page: lazy(() => import('./pages/dashboard.tsx')), policy: 'stats:read' },
  { path: '/flows', page: lazy(() => import('./pages/flows.tsx')), policy: 'stats:read' },
  { path: '/alerts', page: lazy(() => import('./pages/alerts.tsx')), policy: 'alerts:read' },
  { path: '/alerts/:id', page: lazy(() => import('./pages/alert.tsx')), policy: 'alerts:read' },
  { path: '/lots', page: lazy(() => import('./pages/lots.tsx')), policy: 'lots:read' },
  { path: '/lots/:id', page: lazy(() => import('./pages/lot.tsx')), policy: 'lots:read' },
  { path: '/registry', page: lazy(() => import('./pages/registry.tsx')), policy: 'registry:read' },
  { path: '/quotas', page: lazy(() => import('./pages/quotas.tsx')), policy: 'stats:read' },
  { path: '/reports', page: lazy(() => import('./pages/reports.tsx')), policy: 'stats:read' },
  { path: '/reporting', page: lazy(() => import('./pages/reporting/upload.tsx')), policy: 'reporting:write' },
  { path: '/reporting/forms', page: lazy(() => import('./pages/reporting/forms.tsx')), policy: 'reporting:write' },
  { path: '/reporting/calendar', page: lazy(() => import('./pages/reporting/calendar.tsx')), policy: 'reporting:calendar' },
  // Public, and in the navigation of those who verify passports.
  { path: '/passports', page: lazy(() => import('./pages/passport.tsx')), public: true, policy: 'passport:verify' },
  { path: '/01/:gtin/10/:lot', page: lazy(() => import('./pages/passport.tsx').then((m) => ({ default: m.PublishedPassport }))), public: true },
];
