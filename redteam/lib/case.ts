// What a red-team case is: a world (registry and documents) and its label.
import type { World } from './world.ts';

export const FAMILIES = ['conservation', 'licences', 'identity', 'flows', 'residues', 'time'] as const;
export type Family = (typeof FAMILIES)[number];

/** What an alert must name for a violation to count as caught: any one of these. Parties are
 * USCCs, lots qualified ids (`<USCC>:<local id>`), events `<recorder USCC>:<event id>`. */
export interface Subjects {
  parties?: string[];
  lots?: string[];
  events?: string[];
}

export interface CaseLabel {
  id: string;
  family: Family;
  violation: boolean;
  /** Kept from the rule writers: only the shown split's titles are ever shown to them. */
  heldOut: boolean;
  title: string;
  /** What the parties do, in the trade's words. */
  does: string;
  /** For a violation, what should be found; for an honest case, why it is legal. */
  expect: string;
  find: Subjects;
  /** A violation the capture path may refuse outright (a hard rule) and still count as caught. */
  refusalAcceptable?: boolean;
}

export interface RedTeamCase {
  id: string;
  family: Family;
  violation: boolean;
  heldOut: boolean;
  title: string;
  does: string;
  expect: string;
  refusalAcceptable?: boolean;
  /** Builds the world and names the subjects (empty for an honest case). */
  build(): { world: World; find: Subjects };
}

export function defineCase(c: RedTeamCase): RedTeamCase {
  if (!/^(V|H)-[a-z]+-\d{2}$/.test(c.id)) throw new Error(`case id ${c.id}: expected V-<family>-NN or H-<family>-NN`);
  if ((c.id.startsWith('V-')) !== c.violation) throw new Error(`case ${c.id}: its id and its violation flag disagree`);
  return c;
}
