import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputRefused } from '../problems.ts';
import { readLines } from './read-lines.ts';

async function linesOf(text: string, lineLengthMax?: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ytterby-lines-'));
  try {
    const file = join(dir, 'f.jsonl');
    writeFileSync(file, text);
    const lines: string[] = [];
    for await (const line of readLines(file, lineLengthMax)) lines.push(line);
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('readLines splits on LF and CRLF, keeps empty lines, and yields a last line without a break', async () => {
  assert.deepEqual(await linesOf('a\r\nb\n\nc'), ['a', 'b', '', 'c']);
  assert.deepEqual(await linesOf('a\n'), ['a']);
  assert.deepEqual(await linesOf(''), []);
  assert.deepEqual(await linesOf('稀土\n磁材\r\n'), ['稀土', '磁材']);
});

test('readLines reads lines that span its chunks', async () => {
  const long = 'x'.repeat(3 << 20);
  assert.deepEqual((await linesOf(`${long}\nshort\n${long}`)).map((l) => l.length), [long.length, 5, long.length]);
});

test('readLines refuses a line longer than its bound, naming the line', async () => {
  await assert.rejects(linesOf(`ok\n${'y'.repeat(5000)}`, 1000), (error: Error) => error instanceof InputRefused && /line 2/.test(error.message));
});
