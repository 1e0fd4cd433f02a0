// `ytterby template` and `ytterby import` as an enterprise runs them: real processes on the
// embedded database, with the example registry and a key made and registered by the CLI.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cliRunner } from '../testing/cli.ts';
import { fillTemplate, minerMonth } from './reporting-fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const MINER = '91150200BYM8NE012H';
const SEPARATOR = '91150200BT8EPA0110';

describe('ytterby template and import', () => {
  let dir: string;
  const ytterby = cliRunner(() => join(dir, 'data'));
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ytterby-import-'));
    assert.equal((await ytterby('registry', 'import', join(ROOT, 'docs/examples/registry.json'))).code, 0);
    assert.equal((await ytterby('keys', 'generate', '--party', MINER, '--out', join(dir, 'key.json'))).code, 0);
    assert.equal((await ytterby('keys', 'register', join(dir, 'key.json'), '--valid-from', '2024-01-01T00:00:00+08:00')).code, 0);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the template, previews a planted error in the user\'s language, records the fixed report once', async () => {
    const template = join(dir, 'june.xlsx');
    const made = await ytterby('template', '--party', MINER, '--period', '2024-06', '--out', template);
    assert.equal(made.code, 0, made.stderr);
    const rows = minerMonth('mine-bayan-obo-east', SEPARATOR, 2);
    rows['extract']![1]!['composition'] = 'Nd=8.2; Xx=1';
    rows['ship']![0]!['massKg'] = 'lots';
    writeFileSync(join(dir, 'bad.xlsx'), await fillTemplate(readFileSync(template), rows));
    const key = join(dir, 'key.json');
    const bad = await ytterby('import', join(dir, 'bad.xlsx'), '--key', key);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /extract!G3: “Xx=1”应为 元素=百分比/);
    const badEn = await ytterby('--json', 'import', join(dir, 'bad.xlsx'), '--key', key, '--lang', 'en');
    assert.deepEqual(JSON.parse(badEn.stdout).problems, [
      { path: 'extract!G3', reason: '"Xx=1" should be element=percent, e.g. Nd=8.2 (one of the 17 rare earths)' },
      { path: 'ship!D2', reason: '"lots" is not a number of kilograms (at most three decimals)' },
    ]);

    writeFileSync(join(dir, 'good.xlsx'), await fillTemplate(readFileSync(template), minerMonth('mine-bayan-obo-east', SEPARATOR, 2)));
    const dry = await ytterby('import', join(dir, 'good.xlsx'), '--key', key, '--dry-run', '--lang', 'en');
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /5 new line\(s\), 0 corrected, 0 unchanged\ndry run: nothing recorded/);
    const recorded = await ytterby('--json', 'import', join(dir, 'good.xlsx'), '--key', key);
    assert.equal(recorded.code, 0, recorded.stderr);
    assert.equal(JSON.parse(recorded.stdout).result.events.length, 5);
    const again = await ytterby('import', join(dir, 'good.xlsx'), '--key', key);
    assert.match(again.stdout, /新增 0 行，更正 0 行，未变 5 行\nnothing new/);
    const verify = await ytterby('verify');
    assert.equal(verify.code, 0, verify.stderr);
  });

  it('refuses a file that is not a report, and usage errors', async () => {
    writeFileSync(join(dir, 'notes.csv'), 'hello,world\n');
    const unknown = await ytterby('import', join(dir, 'notes.csv'), '--key', join(dir, 'key.json'), '--lang', 'en');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /cannot tell which sheet this CSV is/);
    const wrongParty = await ytterby('import', join(dir, 'notes.csv'), '--key', join(dir, 'key.json'), '--party', SEPARATOR);
    assert.equal(wrongParty.code, 2);
  });
});
