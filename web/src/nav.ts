// The navigation, in order: one line a page. `policy` is the API policy the page reads, so each
// role sees the pages its token may use (GET /api/session lists them).
import type { Dictionary } from './i18n/en.ts';

export interface NavItem {
  path: string;
  label: (t: Dictionary) => string;
  policy: string;
}

export const NAV: NavItem[] = [
  { path: '/dashboard', label: (t) => t.nav.dashboard, policy: 'stats:read' },
  { path: '/flows', label: (t) => t.nav.flows, policy: 'stats:read' },
  { path: '/lots', label: (t) => t.nav.lots, policy: 'lots:read' },
  { path: '/registry', label: (t) => t.nav.registry, policy: 'registry:read' },
  { path: '/quotas', label: (t) => t.nav.quotas, policy: 'stats:read' },
  { path: '/alerts', label: (t) => t.nav.alerts, policy: 'alerts:read' },
  { path: '/passports', label: (t) => t.nav.passports, policy: 'passport:verify' },
  { path: '/reports', label: (t) => t.nav.reports, policy: 'stats:read' },
  { path: '/reporting', label: (t) => t.nav.reporting, policy: 'reporting:write' },
  { path: '/reporting/calendar', label: (t) => t.nav.reportingCalendar, policy: 'reporting:calendar' },
];
