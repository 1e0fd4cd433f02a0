// Runs one built case as a user would: a fresh store, the registry imported, the documents captured
// in order through the public capture path at their ledger times, the full period check (`ytterby
// check` with no period), and every alert listed. Shared by score.ts and the floors test.
import { captureDocument, type SignedCaptureDocument } from '../../src/ledger/index.ts';
import { InputRefused, formatProblem } from '../../src/problems.ts';
import { importRegistry } from '../../src/registry/index.ts';
import type { Engine } from '../../src/store/index.ts';
import { allAlerts, runCheck } from '../../src/supervision/index.ts';
import { makeTestStore } from '../../src/testing/engines.ts';
import type { CaseLabel, RedTeamCase } from './case.ts';
import type { CaseRun, Refusal } from './judge.ts';
import { signWorld } from './sign.ts';

export interface BuiltCase {
  label: CaseLabel;
  registry: unknown;
  documents: readonly SignedCaptureDocument[];
  /** The ledger time each document is recorded at. */
  clock: readonly string[];
}

/** A case's world signed, with its label: what build.ts writes as files. */
export async function buildCase(c: RedTeamCase): Promise<BuiltCase> {
  const { world, find } = c.build();
  const signed = await signWorld(world);
  const { build: _build, ...meta } = c;
  return {
    label: { ...meta, find },
    registry: signed.registry,
    documents: signed.documents.map((d) => d.signed),
    clock: signed.documents.map((d) => d.recordedAt),
  };
}

export async function runBuiltCase({ label, registry, documents, clock }: BuiltCase, engine: Engine): Promise<CaseRun> {
  const test = await makeTestStore(engine);
  try {
    const refusals: Refusal[] = [];
    try {
      await importRegistry(test.store, registry);
    } catch (error) {
      if (!(error instanceof InputRefused)) throw error;
      return { label, alerts: [], refusals: [{ document: 'registry', message: error.message.split('\n')[0]!, problems: error.problems.map(formatProblem) }] };
    }
    for (const [index, signed] of documents.entries()) {
      try {
        await captureDocument(test.store, signed, { now: new Date(clock[index]!) });
      } catch (error) {
        if (!(error instanceof InputRefused)) throw error;
        refusals.push({ document: index, message: error.message.split('\n')[0]!, problems: error.problems.map(formatProblem) });
      }
    }
    await runCheck(test.store, {});
    return { label, alerts: await allAlerts(test.store, { role: 'regulator' }), refusals };
  } finally {
    await test.cleanup();
  }
}
