// The case workflow of an alert: open → acknowledged → investigating → resolved | dismissed, with
// assignment and notes along the way. Pure: which action moves which status where.

export const ALERT_STATUSES = ['open', 'acknowledged', 'investigating', 'resolved', 'dismissed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const ALERT_ACTIONS = ['acknowledge', 'investigate', 'resolve', 'dismiss', 'reopen', 'assign', 'note'] as const;
export type AlertAction = (typeof ALERT_ACTIONS)[number];

/** Status changes: action → from which statuses, to which. */
const MOVES: Partial<Record<AlertAction, { from: readonly AlertStatus[]; to: AlertStatus }>> = {
  acknowledge: { from: ['open'], to: 'acknowledged' },
  investigate: { from: ['acknowledged'], to: 'investigating' },
  resolve: { from: ['investigating'], to: 'resolved' },
  // A finding may prove unfounded at any stage before it is resolved.
  dismiss: { from: ['open', 'acknowledged', 'investigating'], to: 'dismissed' },
  // New evidence reopens a closed case, back under investigation.
  reopen: { from: ['resolved', 'dismissed'], to: 'investigating' },
};

/** Actions that must say why. */
export const NOTE_REQUIRED: readonly AlertAction[] = ['resolve', 'dismiss', 'reopen', 'note'];

export const FINAL_STATUSES: readonly AlertStatus[] = ['resolved', 'dismissed'];

/** The status after the action, or the reason it is not allowed from `status`. */
export function nextStatus(status: AlertStatus, action: AlertAction): { to: AlertStatus } | { refused: string } {
  if (action === 'note') return { to: status };
  if (action === 'assign') {
    return FINAL_STATUSES.includes(status) ? { refused: `an alert that is ${status} is not assigned; reopen it first` } : { to: status };
  }
  const move = MOVES[action]!;
  if (!move.from.includes(status)) return { refused: `${action} moves an alert that is ${move.from.join(' or ')}; this one is ${status}` };
  return { to: move.to };
}

/** The actions open to an alert in this status (before asking who may take them). */
export function actionsFrom(status: AlertStatus): AlertAction[] {
  return ALERT_ACTIONS.filter((action) => 'to' in nextStatus(status, action));
}
