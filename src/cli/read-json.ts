import { readFileSync, statSync } from 'node:fs';
import { DOCUMENT_BYTES_MAX } from '../limits.ts';
import { InputRefused } from '../problems.ts';

/** Reads and parses a JSON file, refusing with the file's name and the parser's reason. */
export function readJsonFile(path: string, bytesMax = DOCUMENT_BYTES_MAX): unknown {
  return parseJsonFile(path, readJsonText(path, bytesMax));
}

/** The text of a JSON file, refused by name when it is missing or too large. */
export function readJsonText(path: string, bytesMax = DOCUMENT_BYTES_MAX): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new InputRefused(`cannot read ${path}`, [{ path, reason: 'no such file' }]);
  }
  if (size > bytesMax) throw new InputRefused(`${path} is too large`, [{ path, reason: `${size} bytes; at most ${bytesMax}` }]);
  return readFileSync(path, 'utf8');
}

/** The value of a JSON file's text, refusing with the file's name and the parser's reason. */
export function parseJsonFile(path: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputRefused(`${path} is not valid JSON`, [{ path, reason: (error as Error).message }]);
  }
}
