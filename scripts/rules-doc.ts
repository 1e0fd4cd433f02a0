// Keeps each rule's section of docs/rules.md stating what the code says: its title, stage,
// severity, explanation (English and Chinese), legal basis and thresholds with their notes. The
// hand-written paragraphs between them (principles, examples, measurements) are left as they are.
//
//   node --import tsx scripts/rules-doc.ts           rewrite docs/rules.md
//   node --import tsx scripts/rules-doc.ts --check   exit 1, naming the rules, when it is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/supervision/rules/index.ts';
import type { Rule } from '../src/supervision/rule.ts';

const DOC = fileURLToPath(new URL('../docs/rules.md', import.meta.url));

/** The lines of a rule's section that the code states: each found by how it begins and replaced
 * whole, with the threshold table, so that the hand-written paragraphs between them stay. */
function stated(rule: Rule): { begins: string; line: string }[] {
  const stage = rule.stage === 'capture' ? 'Capture time' : 'Period check';
  return [
    { begins: `### \`${rule.id}\``, line: `### \`${rule.id}\`: ${rule.title.en} · ${rule.title.zh}` },
    { begins: '*', line: `*${stage}, severity ${rule.severity}.* ${rule.explanation.en}` },
    { begins: '> ', line: `> ${rule.explanation.zh}` },
    { begins: 'Legal basis: ', line: `Legal basis: ${rule.legalBasis.en}.` },
    { begins: '法律依据：', line: `法律依据：${rule.legalBasis.zh}。` },
  ];
}

function thresholdTable(rule: Rule): string[] {
  const thresholds = Object.entries(rule.thresholds);
  if (thresholds.length === 0) return [];
  return ['| threshold | default | meaning |', '|---|---|---|', ...thresholds.map(([key, value]) => `| \`${key}\` | ${value} | ${(rule.thresholdNotes as Record<string, string>)[key]} |`)];
}

/** One rule's section as the code states it. */
function syncSection(rule: Rule, section: string[]): string[] {
  const lines = [...section];
  for (const { begins, line } of stated(rule)) {
    const at = lines.findIndex((l) => l.startsWith(begins));
    if (at < 0) lines.splice(lines.length, 0, '', line);
    else lines[at] = line;
  }
  const table = thresholdTable(rule);
  const tableAt = lines.findIndex((l) => l.startsWith('| threshold |'));
  if (tableAt >= 0) {
    let tableEnd = tableAt;
    while (tableEnd < lines.length && lines[tableEnd]!.startsWith('|')) tableEnd += 1;
    lines.splice(tableAt, tableEnd - tableAt, ...table);
  } else if (table.length > 0) {
    const legal = lines.findIndex((l) => l.startsWith('法律依据：'));
    lines.splice(legal + 1, 0, '', ...table);
  }
  return lines;
}

/** docs/rules.md with every rule's section stating what the code says; the rules that changed. */
export function syncRulesDoc(doc: string): { text: string; stale: string[] } {
  const stale: string[] = [];
  const lines = doc.split('\n');
  for (const rule of RULES) {
    const start = lines.findIndex((l) => l.startsWith(`### \`${rule.id}\``));
    if (start < 0) {
      stale.push(`${rule.id} (no section)`);
      continue;
    }
    let end = start + 1;
    while (end < lines.length && !lines[end]!.startsWith('## ') && !lines[end]!.startsWith('### ')) end += 1;
    const section = lines.slice(start, end);
    const synced = syncSection(rule, section);
    if (synced.join('\n') !== section.join('\n')) {
      stale.push(rule.id);
      lines.splice(start, end - start, ...synced);
    }
  }
  return { text: lines.join('\n'), stale };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { text, stale } = syncRulesDoc(readFileSync(DOC, 'utf8'));
  if (process.argv.includes('--check')) {
    if (stale.length > 0) {
      process.stderr.write(`docs/rules.md is stale for: ${stale.join(', ')}; run node --import tsx scripts/rules-doc.ts\n`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(DOC, text);
    process.stdout.write(stale.length === 0 ? 'docs/rules.md is up to date\n' : `docs/rules.md: rewrote ${stale.join(', ')}\n`);
  }
}
