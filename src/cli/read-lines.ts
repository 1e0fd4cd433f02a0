// Reads a text file line by line, for .jsonl capture files: in large chunks split with indexOf,
// several times cheaper than node:readline on the capture path, and with a bound on a line's
// length, so a file without line breaks cannot fill the memory.
import { createReadStream } from 'node:fs';
import { DOCUMENT_BYTES_MAX } from '../limits.ts';
import { InputRefused } from '../problems.ts';

const CHUNK_BYTES = 1 << 20;

/** Yields each line without its line break (LF or CRLF), the last one even without a break. */
export async function* readLines(path: string, lineLengthMax = DOCUMENT_BYTES_MAX): AsyncGenerator<string> {
  let carry = '';
  let lineNumber = 0;
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES })) {
    const text = carry + (chunk as string);
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      lineNumber += 1;
      yield text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
      start = end + 1;
    }
    carry = text.slice(start);
    if (carry.length > lineLengthMax) {
      throw new InputRefused(`${path} line ${lineNumber + 1} is too long`, [{ path, reason: `line ${lineNumber + 1} runs past ${lineLengthMax} characters without a line break` }]);
    }
  }
  if (carry !== '') yield carry.endsWith('\r') ? carry.slice(0, -1) : carry;
}
