// The navigation, in order: one line a page. Each page's API policy is its route's (routes.tsx), so
// each role sees the pages its token may use (GET /api/session lists them).
import type { Dictionary } from './i18n/en.ts';
import { ROUTES } from './routes.tsx';

export interface NavItem {
  path: string;
  label: (t: Dictionary) => string;
  policy: string;
}

const LINKS: Omit<NavItem, 'policy'>[] = [
  { path: '/dashboard', label: (t) => t.nav.dashboard },
  { path: '/flows', label: (t) => t.nav.flows },
  { path: '/lots', label: (t) => t.nav.lots },
  { path: '/registry', label: (t) => t.nav.registry },
  { path: '/quotas', label: (t) => t.nav.quotas },
  { path: '/alerts', label: (t) => t.nav.alerts },
  { path: '/passports', label: (t) => t.nav.passports },
  { path: '/reports', label: (t) => t.nav.reports },
  { path: '/reporting', label: (t) => t.nav.reporting },
  { path: '/reporting/calendar', label: (t) => t.nav.reportingCalendar },
];

export const NAV: NavItem[] = LINKS.map((link) => {
  const policy = ROUTES.find((route) => route.path === link.path)?.policy;
  if (policy === undefined) throw new Error(`the navigation links ${link.path}, which has no route with a policy`);
  return { ...link, policy };
});
