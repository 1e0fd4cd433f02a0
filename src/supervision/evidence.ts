// Small pieces every rule uses to state its figures the same way.
import { reoGrams, type Composition } from '../domain/composition.ts';

/** An event as findings and the ground truth name it: ids are unique only within their recorder. */
export function eventRef(partyId: string, eventId: string): string {
  return `${partyId}:${eventId}`;
}

/** Grams as tonnes with three decimals (kg precision), the unit of every figure in an alert. */
export function tonnes(grams: number): number {
  return Math.round(grams / 1000) / 1000;
}

export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

export function flowsReo(flows: readonly { direction: number; elements: Composition }[], direction: -1 | 1): number {
  let total = 0;
  for (const flow of flows) if (flow.direction === direction) total += reoGrams(flow.elements);
  return total;
}

/** Evidence lists are bounded: an alert names the first of many events, and how many there were. */
export const EVIDENCE_LIST_MAX = 50;

export function bounded(values: readonly string[]): string[] {
  return values.slice(0, EVIDENCE_LIST_MAX);
}
