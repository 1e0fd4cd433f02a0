// One identifier grammar for both engines (src/schemas.ts): every field naming an event, a lot, a
// product, a facility, a licence, a declaration or a key refuses control characters, lone
// surrogates, bidirectional controls and invisible formatting characters, and free text refuses NUL,
// lone surrogates and bidirectional embeddings, overrides and isolates; each refusal names the field
// and the character, with the same words on every engine, through captureDocument and over HTTP,
// and records nothing. Before this a NUL in a lot id was a 500 on PostgreSQL and a record on SQLite.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { InputRefused, type Problem } from '../problems.ts';
import { buildServer, type App } from '../server/server.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { apiCaller, fixtureTokens, listenOnLoopback } from '../testing/http.ts';
import { loadFixtureRegistry, MINE, MINER, SEPARATOR, signAs, type Keys } from '../testing/fixtures.ts';
import { CAPTURE_FORMAT, captureDocument, signDocument, type LedgerEvent } from './index.ts';
import type { JWK } from 'jose';

const T = '2024-06-03T08:00:00+08:00';
const COMPOSITION = { La: 130_000, Ce: 250_000 };
const newLot = (id: string) => ({ id, product: 'concentrate-bayan-obo', massGrams: 1_000_000, composition: COMPOSITION });

/** One event per field that holds an identifier, with the bad identifier `x` put there, and the
 * path the refusal must name. */
const IDENTIFIER_FIELDS: [string, (x: string) => LedgerEvent][] = [
  ['id', (x) => ({ id: x, kind: 'extract', time: T, facility: MINE, lot: newLot('L-1') })],
  ['facility', (x) => ({ id: 'e', kind: 'extract', time: T, facility: x, lot: newLot('L-1') })],
  ['lot.id', (x) => ({ id: 'e', kind: 'extract', time: T, facility: MINE, lot: newLot(x) })],
  ['lot.product', (x) => ({ id: 'e', kind: 'extract', time: T, facility: MINE, lot: { ...newLot('L-1'), product: x } })],
  ['inputs[0].lot', (x) => ({ id: 'e', kind: 'process', time: T, inputs: [{ lot: x, massGrams: 10 }], outputs: [newLot('L-2')] })],
  ['outputs[0].id', (x) => ({ id: 'e', kind: 'process', time: T, inputs: [{ lot: 'L-1', massGrams: 10 }], outputs: [newLot(x)] })],
  ['lot', (x) => ({ id: 'e', kind: 'ship', time: T, lot: x, massGrams: 10, to: SEPARATOR })],
  ['shipmentLot', (x) => ({ id: 'e', kind: 'ship', time: T, lot: 'L-1', massGrams: 10, to: SEPARATOR, shipmentLot: x })],
  ['licence', (x) => ({ id: 'e', kind: 'export', time: T, lot: 'L-1', massGrams: 10, destinationCountry: 'JP', licence: x })],
  ['customsDeclaration', (x) => ({ id: 'e', kind: 'import', time: T, lot: newLot('L-3'), originCountry: 'MM', customsDeclaration: x })],
  ['supplier.id', (x) => ({ id: 'e', kind: 'collect', time: T, lot: { ...newLot('L-4'), product: 'scrap-ndfeb-swarf' }, supplier: { name: 'a workshop', id: x } })],
  ['corrects', (x) => ({ id: 'e', kind: 'correct', time: T, corrects: x, reason: 'typing error' })],
  ['replacement.lot', (x) => ({ id: 'e', kind: 'correct', time: T, corrects: 'e0', reason: 'typing error', replacement: { id: 'e', kind: 'dispose', time: T, lot: x, massGrams: 10, method: 'landfill' } })],
];

/** One event per free-text field, with the text `x` put there. */
const TEXT_FIELDS: [string, (x: string) => LedgerEvent][] = [
  ['note', (x) => ({ id: 'e', kind: 'extract', time: T, facility: MINE, lot: newLot('L-1'), note: x })],
  ['reason', (x) => ({ id: 'e', kind: 'adjust', time: T, lot: 'L-1', deltaGrams: -5, reason: x })],
  ['supplier.name', (x) => ({ id: 'e', kind: 'collect', time: T, lot: { ...newLot('L-4'), product: 'scrap-ndfeb-swarf' }, supplier: { name: x } })],
];

/** Every character class an identifier refuses, by example, with the words its refusal uses. */
const REFUSED_IN_IDENTIFIERS: [string, string][] = [
  ['\u0000', 'a control character (NUL)'], ['\u0001', 'a control character'], ['\u001f', 'a control character'], ['\u007f', 'a control character'],
  ['\u0085', 'a control character'], ['\u009f', 'a control character'],
  ['\ud800', 'a lone surrogate'], ['\udfff', 'a lone surrogate'],
  ...['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'].map((c): [string, string] => [c, 'a bidirectional control']),
  ['\u200b', 'an invisible formatting character'], ['\u200d', 'an invisible formatting character'], ['\ufeff', 'an invisible formatting character'],
  ['\u00ad', 'an invisible formatting character'], ['\u2060', 'an invisible formatting character'], ['\u3164', 'an invisible formatting character'],
  ['\ufe0f', 'an invisible formatting character'], ['\u{e0041}', 'an invisible formatting character'],
  ['\u00a0', 'white space'], ['\u3000', 'white space'], ['\u2028', 'white space'],
];
const REFUSED_IN_TEXT: [string, string][] = [
  ['\u0000', 'a control character (NUL)'], ['\u0007', 'a control character'], ['\u007f', 'a control character'], ['\u0085', 'a control character'],
  ['\ud800', 'a lone surrogate'], ['\udc00', 'a lone surrogate'],
  ...['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'].map((c): [string, string] => [c, 'a bidirectional control']),
];

const code = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

async function problemsOf(promise: Promise<unknown>): Promise<Problem[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputRefused) return [...error.problems];
    throw error;
  }
  return assert.fail('expected a refusal');
}

for (const engine of engines()) {
  describe(`identifiers and free text on ${engine}`, () => {
    let t: TestStore;
    let keys: Keys;
    let app: App;
    let base: string;
    const tokens: Record<string, string> = {};
    const call = apiCaller(() => base);

    before(async () => {
      t = await makeTestStore(engine);
      keys = await loadFixtureRegistry(t.store);
      Object.assign(tokens, await fixtureTokens(t.store));
      app = await buildServer(t.store, { rateLimitPerMinute: 100_000 });
      base = await listenOnLoopback(app);
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    const capture = async (event: LedgerEvent) => captureDocument(t.store, await signAs(keys[MINER]!, [event]));
    const nothingRecorded = async () => assert.equal((await t.store.db.selectFrom('events').select('seq').execute()).length, 0, 'nothing was recorded');

    test('a NUL in a lot id: the exact refusal, at its field, the same on every engine', async () => {
      const problems = await problemsOf(capture({ id: 'e', kind: 'extract', time: T, facility: MINE, lot: newLot('BC\u00002024') }));
      assert.deepEqual(problems, [{
        path: 'document.events[0].lot.id', event: 0,
        reason: 'holds U+0000, a control character (NUL), at character 3 (an identifier holds no white space, control, bidirectional or invisible formatting characters, nor lone surrogates)',
      }]);
      await nothingRecorded();
    });

    test('every identifier field refuses every class of character, naming the field and the character', async () => {
      for (const [field, eventWith] of IDENTIFIER_FIELDS) {
        for (const [character, kind] of REFUSED_IN_IDENTIFIERS) {
          const problems = await problemsOf(capture(eventWith(`AB${character}1`)));
          const at = problems.find((p) => p.path === `document.events[0].${field}`);
          assert.ok(at !== undefined, `${field} with ${code(character)}: ${JSON.stringify(problems)}`);
          assert.ok(at.reason.startsWith(`holds ${code(character)}, ${kind}`) && at.reason.includes(', at character 3 '), `${field} with ${code(character)}: ${at.reason}`);
        }
      }
      await nothingRecorded();
    });

    test('the key id is an identifier too', async () => {
      const key = keys[MINER]!;
      const signed = await signDocument({ format: CAPTURE_FORMAT, party: MINER, keyId: `${key.kid}\u202e`, createdAt: T, events: [IDENTIFIER_FIELDS[0]![1]('e')] }, key.privateJwk as JWK);
      const problems = await problemsOf(captureDocument(t.store, signed));
      assert.deepEqual(problems.map((p) => p.path), ['document.keyId']);
      assert.match(problems[0]!.reason, /^holds U\+202E, a bidirectional control/);
    });

    test('free text refuses NUL, lone surrogates and bidirectional embeddings, overrides and isolates, and keeps tabs, line breaks and marks', async () => {
      for (const [field, eventWith] of TEXT_FIELDS) {
        for (const [character, kind] of REFUSED_IN_TEXT) {
          const problems = await problemsOf(capture(eventWith(`wagon${character}4471`)));
          assert.deepEqual(problems.map((p) => p.path), [`document.events[0].${field}`], `${field} with ${code(character)}`);
          assert.ok(problems[0]!.reason.startsWith(`holds ${code(character)}, ${kind}`) && problems[0]!.reason.includes(', at character 6 '), problems[0]!.reason);
          assert.match(problems[0]!.reason, /free text may hold tabs and line breaks/);
        }
      }
      await nothingRecorded();
      const kept = await capture({ id: 'e-text', kind: 'extract', time: T, facility: MINE, lot: newLot('L-text'), note: 'line one\r\nline two\ttabbed; שלום\u200f 稀土 😀' });
      assert.equal(kept.events.length, 1);
    });

    test('over HTTP: the same refusals as 400 problems (PostgreSQL answered a NUL with 500), JSON escapes of lone surrogates included', async () => {
      const post = async (event: LedgerEvent) => call('POST', '/api/capture', { token: tokens['miner'], body: await signAs(keys[MINER]!, [event]) });
      for (const [field, eventWith] of IDENTIFIER_FIELDS) {
        const answer = await post(eventWith('AB\u00001'));
        assert.equal(answer.status, 400, `${field}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body!['type'], 'urn:ytterby:problem:refused');
        const direct = await problemsOf(capture(eventWith('AB\u00001')));
        assert.deepEqual(answer.body!['problems'], direct, `${field}: the API and captureDocument say the same`);
      }
      for (const [character, kind] of [...REFUSED_IN_IDENTIFIERS]) {
        const answer = await post(IDENTIFIER_FIELDS[2]![1](`AB${character}1`));
        assert.equal(answer.status, 400, code(character));
        assert.deepEqual(answer.body!['problems'].map((p: Problem) => p.path), ['document.events[0].lot.id']);
        assert.ok(answer.body!['problems'][0].reason.startsWith(`holds ${code(character)}, ${kind}`), answer.body!['problems'][0].reason);
      }
      // A lone surrogate written by hand as a JSON escape, as a client other than JSON.stringify may.
      const signed = JSON.stringify(await signAs(keys[MINER]!, [IDENTIFIER_FIELDS[2]![1]('ABX1')])).replace('ABX1', 'AB\\udbff1');
      const escaped = await call('POST', '/api/capture', { token: tokens['miner'], raw: signed });
      assert.equal(escaped.status, 400);
      assert.match(escaped.body!['problems'][0].reason, /^holds U\+DBFF, a lone surrogate/);
      for (const [character] of REFUSED_IN_TEXT) {
        const answer = await post(TEXT_FIELDS[0]![1](`wagon${character}4471`));
        assert.equal(answer.status, 400, code(character));
        assert.deepEqual(answer.body!['problems'].map((p: Problem) => p.path), ['document.events[0].note']);
      }
      const lots = await t.store.db.selectFrom('lots').select('id').execute();
      assert.deepEqual(lots.map((l) => l.id), [`${MINER}:L-text`], 'only the document of good text was recorded');
    });

    test('a URL or JSON body of any route holding NUL or a bidirectional override: 400 at its place (PostgreSQL answered 500)', async () => {
      const nul = 'holds U+0000, a control character (NUL), at character 2 (free text may hold tabs and line breaks, but no other control characters, bidirectional embeddings, overrides or isolates, nor lone surrogates)';
      const asked: [string, string, unknown, string][] = [
        ['GET', '/api/lots/a%00b', undefined, 'params.id'],
        ['GET', '/api/lots/a%00b/trace', undefined, 'params.id'],
        ['GET', '/api/lots?after=a%00b', undefined, 'querystring.after'],
        ['GET', '/api/parties/a%00b', undefined, 'params.id'],
        ['GET', '/api/alerts/a%00b', undefined, 'params.id'],
        ['GET', '/api/passports/01/06901234567892/10/a%00b', undefined, 'params.batch'],
        ['POST', '/api/stats/drill-down', { measures: ['extracted'], from: '2024-06', to: '2024-06', parties: ['a\u0000b'] }, 'body.parties[0]'],
        ['POST', '/api/alerts/AL-1/actions', { action: 'note', note: 'a\u0000b' }, 'body.note'],
      ];
      for (const [method, path, body, at] of asked) {
        const answer = await call(method, path, { token: tokens['regulator'], ...(body === undefined ? {} : { body }) });
        assert.equal(answer.status, 400, `${method} ${path}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body!['type'], 'urn:ytterby:problem:invalid-request');
        assert.deepEqual(answer.body!['problems'], [{ path: at, reason: nul }], `${method} ${path}`);
      }
      const override = await call('GET', `/api/lots/${encodeURIComponent(`${MINER}:L-text\u202e`)}`, { token: tokens['regulator'] });
      assert.equal(override.status, 400);
      assert.match(override.body!['problems'][0].reason, /^holds U\+202E, a bidirectional control/);
    });
  });
}
