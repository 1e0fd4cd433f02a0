// Who may see and move alerts, in one place (the server and the CLI ask here, and nowhere else).
// Regulators run cases; auditors read everything and may add notes; an enterprise sees the alerts
// about itself and may answer them with notes; the association and the public see no alerts.
import type { Viewer } from '../provenance/viewer.ts';
import type { AlertAction } from './workflow.ts';

export function mayListAlerts(viewer: Viewer): boolean {
  return viewer.role === 'regulator' || viewer.role === 'auditor' || viewer.role === 'enterprise';
}

/** The party whose alerts alone the viewer may see, or undefined for all. */
export function alertScope(viewer: Viewer): string | undefined {
  return viewer.role === 'enterprise' ? viewer.party : undefined;
}

export function maySeeAlert(viewer: Viewer, alertPartyId: string): boolean {
  if (viewer.role === 'regulator' || viewer.role === 'auditor') return true;
  return viewer.role === 'enterprise' && viewer.party === alertPartyId;
}

export function mayAct(viewer: Viewer, action: AlertAction, alertPartyId: string): boolean {
  if (viewer.role === 'regulator') return true;
  if (action !== 'note') return false;
  return viewer.role === 'auditor' || (viewer.role === 'enterprise' && viewer.party === alertPartyId);
}
