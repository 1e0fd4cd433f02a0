// The signer refuses what it cannot keep: a member named __proto__ (which JavaScript takes for an
// object's prototype, so a copy by assignment dropped it from what was signed) or, in a text, a
// member named twice in one object (JSON.parse keeps the last). Canonical JSON keeps __proto__
// members, and the capture path refuses them at their field instead of recording less than was sent.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { JWK } from 'jose';
import { InputRefused, type Problem } from '../problems.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { loadFixtureRegistry, MINE, MINER, type Keys } from '../testing/fixtures.ts';
import { canonicalJson } from './canonical.ts';
import { CAPTURE_FORMAT, captureDocument, signDocument, signDocumentId, type CaptureDocument } from './index.ts';
import { prototypeMembers, unkeptMembersOfText } from './kept-members.ts';
import { documentIdOf } from './sign-document.ts';

const T = '2024-06-03T08:00:00+08:00';
const PROTO_REASON = 'a member named "__proto__" is not kept: JavaScript takes it for the object\'s prototype, so it would not be signed or recorded as written; rename it or leave it out';

/** A document's JSON text with `compositionExtra` inside its lot's composition and `documentExtra`
 * in the document. */
const documentText = (keyId: string, compositionExtra = '', documentExtra = '') =>
  `{"format":"${CAPTURE_FORMAT}","party":"${MINER}","keyId":"${keyId}","createdAt":"${T}"${documentExtra},"events":[{"id":"x-1","kind":"extract","time":"${T}","facility":"${MINE}",` +
  `"lot":{"id":"P-1","product":"concentrate-bayan-obo","massGrams":1000000,"composition":{"La":130000,"Ce":250000${compositionExtra}}}}]}`;

async function refusalOf(promise: Promise<unknown>): Promise<InputRefused> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputRefused) return error;
    throw error;
  }
  return assert.fail('expected a refusal');
}

describe('members a document would not keep', () => {
  test('canonical JSON keeps a __proto__ member when it puts an object\'s keys in order', () => {
    assert.equal(canonicalJson(JSON.parse('{"b":1,"__proto__":2}')), '{"__proto__":2,"b":1}');
    assert.equal(canonicalJson(JSON.parse('{"z":{"y":1,"__proto__":{"x":1}}}')), '{"z":{"__proto__":{"x":1},"y":1}}');
    assert.equal(canonicalJson(JSON.parse('{"__proto__":null,"a":[{"c":1,"__proto__":[]}]}')), '{"__proto__":null,"a":[{"__proto__":[],"c":1}]}');
  });

  test('__proto__ members of a parsed value, at their paths', () => {
    assert.deepEqual(prototypeMembers(JSON.parse('{"a":[{"__proto__":1}],"__proto__":{"__proto__":2}}'), 'document'), [
      { path: 'document.__proto__', reason: PROTO_REASON },
      { path: 'document.a[0].__proto__', reason: PROTO_REASON },
    ]);
    assert.deepEqual(prototypeMembers(JSON.parse('{"events":[{},{"lot":{"__proto__":1}}]}'), 'document'), [
      { path: 'document.events[1].lot.__proto__', reason: PROTO_REASON, event: 1 },
    ]);
    assert.deepEqual(prototypeMembers({ a: { b: [1, 'x', null] } }, 'document'), []);
  });

  test('members of a text named twice in one object, or __proto__ however it is escaped', () => {
    const text = documentText('k', ',"Ce":1', ',"format":"again"').replace('"La"', '"\\u005f_proto__"');
    assert.deepEqual(unkeptMembersOfText(text, 'document'), [
      { path: 'document.format', reason: 'is named twice in one object; JSON.parse keeps only the last, so the first would not be signed or recorded: keep one' },
      { path: 'document.events[0].lot.composition.__proto__', reason: PROTO_REASON, event: 0 },
      { path: 'document.events[0].lot.composition.Ce', reason: 'is named twice in one object; JSON.parse keeps only the last, so the first would not be signed or recorded: keep one', event: 0 },
    ]);
    assert.deepEqual(unkeptMembersOfText('{"a":{"x":1},"b":{"x":"\\"x\\":"},"c":[{"x":1},{"x":2}]}', ''), [], 'the same name in different objects is no duplicate');
    assert.deepEqual(unkeptMembersOfText(documentText('k'), 'document'), []);
  });
});

for (const engine of engines()) {
  describe(`signing and capturing __proto__ members on ${engine}`, () => {
    let t: TestStore;
    let keys: Keys;
    before(async () => {
      t = await makeTestStore(engine);
      keys = await loadFixtureRegistry(t.store);
    });
    after(async () => t.cleanup());

    test('signDocument refuses a document with a __proto__ member, naming where; it signed the document without it', async () => {
      const key = keys[MINER]!;
      for (const [compositionExtra, documentExtra, path] of [
        [',"__proto__":{"Nd":5}', '', 'document.events[0].lot.composition.__proto__'],
        [',"__proto__":5', '', 'document.events[0].lot.composition.__proto__'],
        ['', ',"__proto__":{"note":"x"}', 'document.__proto__'],
      ] as const) {
        const document = JSON.parse(documentText(key.kid, compositionExtra, documentExtra)) as CaptureDocument;
        const refusal = await refusalOf(signDocument(document, key.privateJwk as JWK));
        assert.match(refusal.message, /^the document cannot be signed as written; nothing was signed/);
        assert.deepEqual(refusal.problems.map((p: Problem) => [p.path, p.reason]), [[path, PROTO_REASON]]);
      }
    });

    test('a document signed with its __proto__ member elsewhere is refused at that member, not recorded without it', async () => {
      const key = keys[MINER]!;
      for (const compositionExtra of [',"__proto__":5', ',"__proto__":{"Nd":5}']) {
        // Out of canonical order, so canonicalizing copies the object (the copy lost the member).
        const document = JSON.parse(documentText(key.kid, compositionExtra).replace('{"La":130000,"Ce":250000', '{"Ce":250000,"La":130000')) as CaptureDocument;
        const signature = await signDocumentId(documentIdOf(document), key.privateJwk as JWK, key.kid);
        const refusal = await refusalOf(captureDocument(t.store, JSON.parse(JSON.stringify({ document, signature }))));
        // Refused as any member of a composition that names no element.
        assert.equal(refusal.problems.length, 1, JSON.stringify(refusal.problems));
        const [problem] = refusal.problems;
        assert.match(`${problem!.path}: ${problem!.reason}`, /^document\.events\[0\]\.lot\.composition(\.__proto__: must be integer|: "__proto__": unknown element symbol)$/);
      }
      assert.equal((await t.store.db.selectFrom('lots').select('id').execute()).length, 0);
    });
  });
}
