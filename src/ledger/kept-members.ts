// Members of a document that signing could not keep as the enterprise wrote them: JSON.parse keeps
// only the last of two members of one name, and a member named `__proto__` is, to JavaScript, an
// object's prototype, which a copy made by assignment drops. The signer refuses such a document,
// naming where, instead of signing and recording something other than what was written.
import type { Problem } from '../problems.ts';
import { closingQuote } from './canonical.ts';

const PROTO = '__proto__';
const WHY_PROTO = 'a member named "__proto__" is not kept: JavaScript takes it for the object\'s prototype, so it would not be signed or recorded as written; rename it or leave it out';

/** The `__proto__` members of a parsed value (own members, as JSON.parse makes them), at their paths
 * from `path`. */
export function prototypeMembers(value: unknown, path: string): Problem[] {
  const problems: Problem[] = [];
  // A stack, not recursion: a document may nest deeper than the call stack goes.
  const pending: [string, unknown][] = [[path, value]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [at, member] = next;
    if (Array.isArray(member)) {
      member.forEach((item, i) => pending.push([`${at}[${i}]`, item]));
    } else if (member !== null && typeof member === 'object') {
      if (Object.hasOwn(member, PROTO)) problems.push(withEvent({ path: `${at}.${PROTO}`, reason: WHY_PROTO }));
      for (const [key, item] of Object.entries(member)) if (key !== PROTO) pending.push([`${at}.${key}`, item]);
    }
  }
  return problems.sort((a, b) => (a.path < b.path ? -1 : 1));
}

interface ObjectFrame {
  path: string;
  names: Set<string>;
  name?: string;
  expectName: boolean;
}
interface ArrayFrame {
  path: string;
  index: number;
}

/** The members of a JSON text that JSON.parse would not keep as written: a name used twice in one
 * object (the last wins, silently), and `__proto__` however its name is escaped. `text` must be
 * valid JSON (parse it first); paths start at `path`. */
export function unkeptMembersOfText(text: string, path: string): Problem[] {
  const problems: Problem[] = [];
  const frames: (ObjectFrame | ArrayFrame)[] = [];
  const valuePath = (): string => {
    const top = frames.at(-1);
    if (top === undefined) return path;
    return 'names' in top ? `${top.path}.${top.name}` : `${top.path}[${top.index}]`;
  };
  for (let at = 0; at < text.length; at += 1) {
    const c = text[at];
    if (c === '{') frames.push({ path: valuePath(), names: new Set(), expectName: true });
    else if (c === '[') frames.push({ path: valuePath(), index: 0 });
    else if (c === '}' || c === ']') frames.pop();
    else if (c === ',') {
      const top = frames.at(-1)!;
      if ('names' in top) top.expectName = true;
      else top.index += 1;
    } else if (c === '"') {
      const close = closingQuote(text, at);
      const top = frames.at(-1);
      if (top !== undefined && 'names' in top && top.expectName) {
        const name = JSON.parse(text.slice(at, close + 1)) as string;
        const where = `${top.path}.${name}`;
        if (name === PROTO) problems.push(withEvent({ path: where, reason: WHY_PROTO }));
        else if (top.names.has(name)) problems.push(withEvent({ path: where, reason: `is named twice in one object; JSON.parse keeps only the last, so the first would not be signed or recorded: keep one` }));
        top.names.add(name);
        top.name = name;
        top.expectName = false;
      }
      at = close;
    }
  }
  return problems;
}

function withEvent(problem: Problem): Problem {
  const match = /^document\.events\[(\d+)\]/.exec(problem.path);
  return match === null ? problem : { ...problem, event: Number(match[1]) };
}
