// `ytterby capture --key` signs only what it can keep as written: a document (or a .jsonl line)
// with a member named twice in one object, or named __proto__, is refused with where, and nothing
// of it is recorded; the lines before it in a .jsonl file are.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliRunner } from '../testing/cli.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const MINER = '91150200BYM8NE012H';

/** An unsigned document of one extraction, as text, with `lotExtra` in its lot. */
const extract = (id: string, lotExtra = '') =>
  `{"events":[{"id":"x-${id}","kind":"extract","time":"2024-06-05T00:00:00+08:00","facility":"mine-bayan-obo-east",` +
  `"lot":{"id":"${id}","product":"concentrate-bayan-obo","massGrams":5000000,"composition":{"Ce":1200000,"La":600000}${lotExtra}}}]}`;

describe('ytterby capture --key refuses what it cannot sign as written', () => {
  let dir: string;
  const ytterby = cliRunner(() => join(dir, 'data'));

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ytterby-signing-'));
    assert.equal((await ytterby('registry', 'import', join(ROOT, 'docs/examples/registry.json'))).code, 0);
    assert.equal((await ytterby('keys', 'generate', '--party', MINER, '--out', join(dir, 'key.json'))).code, 0);
    assert.equal((await ytterby('keys', 'register', join(dir, 'key.json'))).code, 0);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const lotIds = async () => (JSON.parse((await ytterby('lots', '--holder', MINER, '--json')).stdout) as { lots: { id: string }[] }).lots.map((l) => l.id);

  test('a member named twice, or __proto__ (escaped or not): exit 1 naming each, nothing recorded', async () => {
    const file = join(dir, 'doc.json');
    writeFileSync(file, extract('D-1', ',"massGrams":6000000,"\\u005f_proto__":{"Nd":1}'));
    const out = await ytterby('capture', file, '--key', join(dir, 'key.json'));
    assert.equal(out.code, 1, out.stdout);
    assert.match(out.stderr, /doc\.json cannot be signed as written; nothing was recorded/);
    assert.match(out.stderr, /document\.events\[0\]\.lot\.massGrams: is named twice in one object; JSON\.parse keeps only the last/);
    assert.match(out.stderr, /document\.events\[0\]\.lot\.__proto__: a member named "__proto__" is not kept/);
    assert.deepEqual(await lotIds(), []);
  });

  test('in a .jsonl file the lines before it are recorded, and its line is named', async () => {
    const file = join(dir, 'month.jsonl');
    writeFileSync(file, [extract('J-1'), extract('J-2', ',"__proto__":1'), extract('J-3')].join('\n'));
    const out = await ytterby('capture', file, '--key', join(dir, 'key.json'));
    assert.equal(out.code, 1, out.stdout);
    assert.match(out.stderr, /month\.jsonl line 2: the document cannot be signed as written \(the 1 document\(s\) before it were recorded\)/);
    assert.match(out.stderr, /document\.events\[0\]\.lot\.__proto__: a member named "__proto__" is not kept/);
    assert.deepEqual(await lotIds(), [`${MINER}:J-1`]);
  });
});
