// Prints the case tables of docs/red-team.md (shown split, then held out), from the cases
// themselves: after adding or changing a case, paste its output over the tables there.
// Usage: node --import tsx redteam/table.ts
import { FAMILIES } from './lib/case.ts';
import { loadCases } from './lib/load-cases.ts';

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

const cases = await loadCases();
for (const heldOut of [false, true]) {
  process.stdout.write(`\n### ${heldOut ? 'Held-out split' : 'Shown split'}\n\n`);
  process.stdout.write('| id | family | kind | title | what it does | what should be found |\n|---|---|---|---|---|---|\n');
  for (const family of FAMILIES) {
    for (const c of cases.filter((x) => x.family === family && x.heldOut === heldOut)) {
      process.stdout.write(`| ${c.id} | ${c.family} | ${c.violation ? 'violation' : 'honest'} | ${cell(c.title)} | ${cell(c.does)} | ${cell(c.expect)} |\n`);
    }
  }
}
