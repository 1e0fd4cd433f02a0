import type { Command } from 'commander';
import type { JWK } from 'jose';
import {
  CAPTURE_FORMAT, captureDocument, captureStream, parseCaptureText, PreparePool, signDocument, unkeptMembersOfText,
  type CaptureDocument, type CaptureResult,
} from '../../ledger/index.ts';
import { InputRefused } from '../../problems.ts';
import type { PrivateKeyFile } from '../../registry/index.ts';
import type { Store } from '../../store/index.ts';
import { printJson, UsageError, withStore, type GlobalOptions } from '../context.ts';
import { progressBar } from '../progress.ts';
import { parseJsonFile, readJsonFile, readJsonText } from '../read-json.ts';
import { readLines } from '../read-lines.ts';

export function registerCaptureCommand(program: Command): void {
  program
    .command('capture <file>')
    .description('record a capture document: a signed one as it is, or an unsigned one signed here with --key; ' +
      '.jsonl files hold one document per line')
    .option('--key <file>', 'private key file (from `ytterby keys generate`) to sign unsigned documents with')
    .action(async (file: string, options: { key?: string }) => {
      const global = program.opts<GlobalOptions>();
      const key = options.key === undefined ? undefined : (readJsonFile(options.key) as PrivateKeyFile);
      if (key !== undefined && (typeof key.kid !== 'string' || typeof key.party !== 'string' || typeof key.privateJwk !== 'object')) {
        throw new UsageError(`${options.key} is not a key file made by \`ytterby keys generate\``);
      }
      const results = await withStore(global, async (store) => {
        if (/\.(jsonl|ndjson)$/.test(file)) return captureLines(store, file, key, global.json !== true);
        return [await captureOne(store, readJsonText(file), key, file)];
      });
      if (global.json === true) return printJson(results.length === 1 ? results[0] : { documents: results.length, results });
      const events = results.reduce((sum, r) => sum + r.events.length, 0);
      const replayed = results.filter((r) => r.replayed).length;
      const last = results[results.length - 1];
      process.stdout.write(
        `recorded ${events} events in ${results.length} document(s)${replayed > 0 ? ` (${replayed} already recorded, unchanged)` : ''}; ` +
          `log size ${last?.treeSize ?? 0}, root ${last?.root ?? ''}\n`,
      );
    });
}

async function captureOne(store: Store, text: string, key: PrivateKeyFile | undefined, where: string): Promise<CaptureResult> {
  const input = parseJsonFile(where, text);
  const isSigned = typeof input === 'object' && input !== null && 'signature' in input;
  if (isSigned) return captureDocument(store, input);
  if (key === undefined) throw new UsageError(`${where} is not signed: pass --key with the recorder's key file, or sign it first`);
  refuseUnkept(text, `${where} cannot be signed as written; nothing was recorded`);
  const document = fillDefaults(input, key);
  return captureDocument(store, await signDocument(document, key.privateJwk as JWK));
}

/** Signing what JSON.parse made of a text would sign something other than what was written when a
 * member's name is used twice in one object, or is `__proto__`: refused, naming where. */
function refuseUnkept(text: string, summary: string): void {
  const unkept = unkeptMembersOfText(text, 'document');
  if (unkept.length > 0) throw new InputRefused(summary, unkept);
}

/** Lets people write documents by hand: the key file supplies the party and key id. */
function fillDefaults(input: unknown, key: PrivateKeyFile): CaptureDocument {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InputRefused('the capture document is malformed; nothing was recorded', [{ path: 'document', reason: 'must be a JSON object' }]);
  }
  const given = input as Partial<CaptureDocument>;
  return { format: CAPTURE_FORMAT, party: key.party, keyId: key.kid, createdAt: new Date().toISOString(), ...given } as CaptureDocument;
}

async function captureLines(store: Store, file: string, key: PrivateKeyFile | undefined, showProgress: boolean): Promise<CaptureResult[]> {
  const results: CaptureResult[] = [];
  const progress = progressBar('capturing', 'documents', showProgress);
  const pool = new PreparePool();
  const lineNumbers: number[] = [];
  // A line that cannot be signed as written ends the stream there: the lines before it are
  // recorded, then it is refused with its line number.
  let unsignable: InputRefused | undefined;
  // Unsigned lines are signed here, in order, before they join the stream.
  async function* documents(): AsyncGenerator<string> {
    let lineNumber = 0;
    for await (const line of readLines(file)) {
      lineNumber += 1;
      if (line.trim() === '') continue;
      lineNumbers.push(lineNumber);
      if (key === undefined || /"signature"\s*:/.test(line)) {
        yield line;
        continue;
      }
      const signed = await signLine(line, key);
      if (signed instanceof InputRefused) {
        unsignable = signed;
        return;
      }
      yield signed;
    }
  }
  try {
    for await (const result of captureStream(store, documents(), pool)) {
      results.push(result);
      progress.update(results.length);
    }
    if (unsignable !== undefined) throw unsignable;
  } catch (error) {
    if (error instanceof InputRefused) {
      const line = lineNumbers[results.length] ?? '?';
      throw new InputRefused(`${file} line ${line}: ${error.message.split('\n')[0]} (the ${results.length} document(s) before it were recorded)`, error.problems);
    }
    throw error;
  } finally {
    progress.stop();
    await pool.close();
  }
  return results;
}

/** The signed line; the line as it is when it is no document to sign (preparing it then refuses it
 * with the reason, in its turn, so the documents before it are recorded and the line is named); or
 * the refusal of a document that would not be signed as written. */
async function signLine(line: string, key: PrivateKeyFile): Promise<string | InputRefused> {
  const parsed = parseCaptureText(line);
  if (parsed.problems.length > 0) return line;
  const unkept = unkeptMembersOfText(line, 'document');
  if (unkept.length > 0) return new InputRefused('the document cannot be signed as written', unkept);
  try {
    return JSON.stringify(await signDocument(fillDefaults(parsed.value, key), key.privateJwk as JWK));
  } catch {
    return line;
  }
}
