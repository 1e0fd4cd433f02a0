import { readFileSync, statSync } from 'node:fs';
import { DOCUMENT_BYTES_MAX } from '../limits.ts';
import { InputRefused } from '../problems.ts';

/** Reads and parses a JSON file, refusing with the file's name and the parser's reason. */
export function readJsonFile(path: string, bytesMax = DOCUMENT_BYTES_MAX): unknown {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new InputRefused(`cannot read ${path}`, [{ path, reason: 'no such file' }]);
  }
  if (size > bytesMax) throw new InputRefused(`${path} is too large`, [{ path, reason: `${size} bytes; at most ${bytesMax}` }]);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new InputRefused(`${path} is not valid JSON`, [{ path, reason: (error as Error).message }]);
  }
}
