// EPCIS capture jobs (GS1 EPCIS 2.0 REST: POST /capture → 202 and a job): the job is stored with
// the document before the 202 is sent, run through the ledger's one capture path, and its outcome
// stored in its row. A job the server stopped in the middle of is run again when it starts: the
// capture path answers a document it already recorded with the original result.
import { randomBytes } from 'node:crypto';
import { InputRefused, type Problem } from '../problems.ts';
import type { CaptureService } from '../ledger/capture-service.ts';
import type { Store } from '../store/index.ts';
import { UNSIGNED, eventPath, keyIdOfSignature, ledgerUnits, type EpcisDocument, type ErrorBehaviour, type LedgerUnit } from './ledger-documents.ts';
import { CAPTURE_JOBS_LISTED_MAX } from './limits.ts';

/** RFC 7807, as GS1's CaptureJob carries its errors. */
export interface JobError {
  type: string;
  title: string;
  status: number;
  detail: string;
  problems: Problem[];
}

export interface CaptureJob {
  captureID: string;
  createdAt: string;
  finishedAt?: string;
  running: boolean;
  success: boolean;
  captureErrorBehaviour: ErrorBehaviour;
  errors: JobError[];
  /** Events the ledger holds from this capture (a Ytterby addition to GS1's job). */
  'ytb:eventsRecorded': number;
}

export interface NewJob {
  party: string;
  tokenId: string;
  behaviour: ErrorBehaviour;
  /** The document as sent, JSON. */
  document: string;
  signatures: string[];
}

export async function createCaptureJob(store: Store, job: NewJob, now = new Date()): Promise<string> {
  const id = `cap-${randomBytes(9).toString('base64url')}`;
  await store.db.insertInto('epcis_capture_jobs').values({
    id, party_id: job.party, token_id: job.tokenId, error_behaviour: job.behaviour, document: job.document, signatures: JSON.stringify(job.signatures),
    running: 1, success: 1, errors: '[]', events_recorded: 0, created_at: now.toISOString(), finished_at: null,
  }).execute();
  return id;
}

/** The job as GS1 presents it, if `party` made it. */
export async function getCaptureJob(store: Store, party: string, id: string): Promise<CaptureJob | undefined> {
  const row = await store.db.selectFrom('epcis_capture_jobs').selectAll().where('id', '=', id).where('party_id', '=', party).executeTakeFirst();
  return row === undefined ? undefined : present(row);
}

/** The party's latest jobs, newest first. */
export async function listCaptureJobs(store: Store, party: string): Promise<CaptureJob[]> {
  const rows = await store.db.selectFrom('epcis_capture_jobs').selectAll().where('party_id', '=', party).orderBy('created_at', 'desc').orderBy('id').limit(CAPTURE_JOBS_LISTED_MAX).execute();
  return rows.map(present);
}

function present(row: { id: string; created_at: string; finished_at: string | null; running: number; success: number; error_behaviour: string; errors: string; events_recorded: number }): CaptureJob {
  return {
    captureID: row.id, createdAt: row.created_at, ...(row.finished_at === null ? {} : { finishedAt: row.finished_at }), running: row.running === 1, success: row.success === 1,
    captureErrorBehaviour: row.error_behaviour as ErrorBehaviour, errors: JSON.parse(row.errors) as JobError[], 'ytb:eventsRecorded': row.events_recorded,
  };
}

/** Runs a stored job to its end and stores the outcome. An error that is not the ledger's refusal
 * (the server closing under it) leaves the job running, to be run again at the next start. */
export async function runCaptureJob(store: Store, capture: CaptureService, id: string): Promise<void> {
  const row = await store.db.selectFrom('epcis_capture_jobs').selectAll().where('id', '=', id).where('running', '=', 1).executeTakeFirst();
  if (row === undefined || row.document === null) return;
  const outcome = await recordCapture(capture, JSON.parse(row.document) as EpcisDocument, row.party_id, row.error_behaviour as ErrorBehaviour, JSON.parse(row.signatures) as string[]);
  if (outcome === undefined) return;
  await store.db.updateTable('epcis_capture_jobs').set({
    running: 0, success: outcome.errors.length === 0 ? 1 : 0, errors: JSON.stringify(outcome.errors), events_recorded: outcome.recorded, finished_at: new Date().toISOString(), document: null,
  }).where('id', '=', id).execute();
}

/** Records an EPCIS capture through the ledger's capture path: its errors (the ledger's refusals,
 * in EPCIS terms) and how many events were recorded; undefined when something other than a
 * refusal stopped it (the capture service closing). */
export async function recordCapture(capture: CaptureService, epcis: EpcisDocument, party: string, behaviour: ErrorBehaviour, signatures: readonly string[]): Promise<{ errors: JobError[]; recorded: number } | undefined> {
  const units = ledgerUnits(epcis, party, behaviour, signatures.map((s) => keyIdOfSignature(s) ?? ''));
  // Prepared on the pool's threads together; then offered for recording in event order, since a
  // later event may use a lot an earlier one made.
  const prepared = await Promise.allSettled(units.map(async (unit, i) => {
    if (unit.document === undefined) throw new InputRefused('refused before the ledger', unit.problems);
    if (signatures[i] === UNSIGNED) throw new InputRefused('unsigned', [{ path: 'Ytterby-Signature', reason: `has no signature for ${eventPath(unit.eventIndexes[0]!)}; every event the ledger records is signed by its enterprise` }]);
    return capture.prepare(JSON.stringify({ document: unit.document, signature: signatures[i] }));
  }));
  const outcomes = await Promise.allSettled(prepared.map((p) => (p.status === 'fulfilled' ? capture.record(p.value) : Promise.reject(p.reason))));
  const errors: JobError[] = [];
  let recorded = 0;
  for (const [i, outcome] of outcomes.entries()) {
    const unit = units[i]!;
    if (outcome.status === 'fulfilled') {
      recorded += unit.eventIndexes.length;
      continue;
    }
    if (!(outcome.reason instanceof InputRefused)) return undefined;
    errors.push(jobError(unit, outcome.reason.problems, behaviour));
  }
  return { errors, recorded };
}

/** The jobs a stopped server left running. */
export async function runningCaptureJobs(store: Store): Promise<string[]> {
  return (await store.db.selectFrom('epcis_capture_jobs').select('id').where('running', '=', 1).orderBy('created_at').execute()).map((r) => r.id);
}

function jobError(unit: LedgerUnit, problems: readonly Problem[], behaviour: ErrorBehaviour): JobError {
  const where = unit.eventIndexes.length === 1 ? eventPath(unit.eventIndexes[0]!) : 'the capture';
  return {
    type: 'urn:ytterby:problem:refused', title: 'Refused', status: 400,
    detail: `${where} was refused by the ledger; ${behaviour === 'rollback' ? 'nothing of the capture was recorded' : 'the other events went on'}`,
    problems: problems.map((problem) => inEpcisTerms(problem, unit)),
  };
}

/** A ledger problem, at the EPCIS event it is about: the ledger names its own document's fields. */
function inEpcisTerms(problem: Problem, unit: LedgerUnit): Problem {
  const match = /^document\.events\[(\d+)\](.*)$/.exec(problem.path);
  if (match !== null) {
    const index = unit.eventIndexes[Number(match[1])]!;
    return { path: eventPath(index), reason: match[2] === '' ? problem.reason : `${problem.reason} (the ledger event's ${match[2]!.replace(/^\./, '')})`, event: index };
  }
  if (problem.path === 'document.createdAt') return { path: 'creationDate', reason: problem.reason };
  if (problem.path === 'signature' || problem.path === 'document.keyId' || problem.path === 'document.party') return { path: 'Ytterby-Signature', reason: problem.reason };
  return problem;
}
