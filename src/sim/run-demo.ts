// `ytterby demo`: builds the registry of the synthetic industry, generates its year and records it
// through the one capture path (signed documents, the stream an enterprise's upload takes), then
// tries the double spends the ledger must refuse. Each document is recorded at the moment its
// enterprise submitted it, so the same seed and scale give the same ledger, root and all.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { CAPTURE_FORMAT, captureDocument, captureStream, PreparePool, signDocument, type CaptureDocument } from '../ledger/index.ts';
import { ledgerSize } from '../ledger/proofs.ts';
import { InputRefused } from '../problems.ts';
import { importRegistry } from '../registry/index.ts';
import type { Store } from '../store/index.ts';
import { publicFiguresOf, type PublicFigures } from './figures.ts';
import { VIOLATION_CLASSES, type Violation, type ViolationClass } from './ground-truth.ts';
import { buildIndustry } from './industry.ts';
import { Random } from './random.ts';
import { YearSimulation, type SimDocument } from './simulate.ts';
import type { Stage, StageFigure } from './tally.ts';

export const DEMO_SCALE_MIN = 0.001;
export const DEMO_SCALE_MAX = 100;

export interface DemoOptions {
  year: number;
  seed: number;
  scale: number;
  /** Where ground-truth.json goes; not written when absent. */
  groundTruthDir?: string;
  /** Called as the months are recorded (0–12). */
  onProgress?: (monthsDone: number, events: number) => void;
}

export interface DemoSummary {
  year: number;
  seed: number;
  scale: number;
  /** The year whose public figures the generator modelled. */
  figuresOf: number;
  figures: PublicFigures;
  parties: number;
  documents: number;
  events: number;
  lots: number;
  treeSize: number;
  root: string;
  stages: Record<Stage, StageFigure>;
  recycledTonnesReoByProvince: Record<string, number>;
  violations: Record<ViolationClass, number>;
  refusedAttempts: number;
  seconds: number;
  eventsPerSecond: number;
  groundTruthFile?: string;
}

export interface GroundTruthFile {
  generator: { year: number; seed: number; scale: number; root: string; treeSize: number };
  classes: readonly ViolationClass[];
  violations: Violation[];
}

/** Why these options cannot make a demo, or null. */
export function demoOptionsProblem(options: { year: number; seed: number; scale: number }, now = new Date()): string | null {
  const lastFullYear = now.getUTCFullYear() - 1;
  if (!Number.isInteger(options.year) || options.year < 2001 || options.year > lastFullYear) {
    return `--year must be a whole year from 2001 to ${lastFullYear} (the ledger records no future events, and the year's last reports are due the next January), got ${options.year}`;
  }
  if (!Number.isSafeInteger(options.seed) || options.seed < 0) return `--seed must be a non-negative integer, got ${options.seed}`;
  if (!Number.isFinite(options.scale) || options.scale < DEMO_SCALE_MIN || options.scale > DEMO_SCALE_MAX) {
    return `--scale must be a number from ${DEMO_SCALE_MIN} to ${DEMO_SCALE_MAX} (1 is the national industry), got ${options.scale}`;
  }
  return null;
}

export async function runDemo(store: Store, options: DemoOptions): Promise<DemoSummary> {
  const problem = demoOptionsProblem(options);
  if (problem !== null) throw new InputRefused('the demo options are invalid; nothing was recorded', [{ path: 'options', reason: problem }]);
  const existing = await ledgerSize(store);
  if (existing > 0) {
    throw new InputRefused('the ledger is not empty; nothing was recorded', [
      { path: 'ledger', reason: `it already holds ${existing} events: the demo builds a whole industry, so give it an empty --data folder or database` },
    ]);
  }
  const started = performance.now();
  const seedText = `ytterby-demo:${options.seed}`;
  const random = new Random(`${seedText}:${options.year}:${options.scale}`);
  const { figures, source } = publicFiguresOf(options.year);
  const industry = buildIndustry(options.year, figures, options.scale, random.fork('industry'), seedText);
  await importRegistry(store, industry.registry);

  const simulation = new YearSimulation(industry, { year: options.year, scale: options.scale, figures }, random.fork('year'));
  const attempts: SimDocument[] = [];
  let documents = 0;
  let events = 0;
  let root = '';
  let treeSize = 0;
  let monthsDone = 0;
  async function* signed(): AsyncGenerator<string> {
    for (const doc of simulation.documents()) {
      if (doc.expectRefusal !== undefined) {
        attempts.push(doc);
        continue;
      }
      yield JSON.stringify(await sign(doc));
    }
  }
  const pool = new PreparePool();
  try {
    for await (const result of captureStream(store, signed(), pool, { clock: (document: CaptureDocument) => new Date(document.createdAt) })) {
      documents += 1;
      events += result.events.length;
      root = result.root;
      treeSize = result.treeSize;
      const month = monthOfReport(result.recordedAt, options.year);
      if (month > monthsDone) {
        monthsDone = month;
        options.onProgress?.(monthsDone, events);
      }
    }
  } finally {
    await pool.close();
  }
  for (const attempt of attempts) {
    try {
      await captureDocument(store, await sign(attempt), { now: new Date(attempt.createdAt) });
    } catch (error) {
      if (!(error instanceof InputRefused)) throw error;
      simulation.truth.refused(`${attempt.party.id}:${attempt.expectRefusal!}`, error.problems.map((p) => `${p.path}: ${p.reason}`).join('; '));
      continue;
    }
    throw new Error(`the ledger recorded the double spend ${attempt.expectRefusal}, which it must refuse`);
  }
  options.onProgress?.(12, events);

  const seconds = (performance.now() - started) / 1000;
  const stages = simulation.tally.stages();
  const summary: DemoSummary = {
    year: options.year,
    seed: options.seed,
    scale: options.scale,
    figuresOf: source,
    figures,
    parties: industry.registry.parties?.length ?? 0,
    documents,
    events,
    lots: simulation.lotsMade,
    treeSize,
    root,
    stages,
    recycledTonnesReoByProvince: Object.fromEntries(
      [...simulation.tally.recycledByProvince].sort(([a], [b]) => a.localeCompare(b)).map(([province, grams]) => [province, Math.round(grams / 1000) / 1000]),
    ),
    violations: simulation.truth.countsByClass(),
    refusedAttempts: attempts.length,
    seconds: Math.round(seconds * 10) / 10,
    eventsPerSecond: Math.round(events / seconds),
  };
  if (options.groundTruthDir !== undefined) {
    const file = join(options.groundTruthDir, 'ground-truth.json');
    const truth: GroundTruthFile = {
      generator: { year: options.year, seed: options.seed, scale: options.scale, root, treeSize },
      classes: VIOLATION_CLASSES,
      violations: simulation.truth.violations,
    };
    writeFileSync(file, `${JSON.stringify(truth, null, 2)}\n`);
    summary.groundTruthFile = file;
  }
  return summary;

  function sign(doc: SimDocument) {
    const document: CaptureDocument = { format: CAPTURE_FORMAT, party: doc.party.id, keyId: doc.party.key.kid, createdAt: doc.createdAt, events: doc.events };
    return signDocument(document, doc.party.key.privateJwk as JWK);
  }
}

/** How many months of the year are fully reported once a document recorded at `recordedAt` is in. */
function monthOfReport(recordedAt: string, year: number): number {
  const at = new Date(recordedAt);
  return Math.min(12, (at.getUTCFullYear() - year) * 12 + at.getUTCMonth());
}
