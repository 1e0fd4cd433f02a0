// Finds the cases: every module under redteam/cases/<family>/ whose default export is a case.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FAMILIES, type RedTeamCase } from './case.ts';

export const CASES_DIR = new URL('../cases/', import.meta.url).pathname;
/** Where build.ts writes the cases and score.ts reads them. */
export const OUT_DIR = new URL('../out/', import.meta.url).pathname;

export async function loadCases(): Promise<RedTeamCase[]> {
  const cases: RedTeamCase[] = [];
  for (const family of FAMILIES) {
    const dir = join(CASES_DIR, family);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
      const module = (await import(pathToFileURL(join(dir, file)).href)) as { default?: RedTeamCase };
      const c = module.default;
      if (c === undefined) throw new Error(`${family}/${file} has no default export (a case made by defineCase)`);
      if (c.family !== family) throw new Error(`${family}/${file}: case ${c.id} says its family is ${c.family}`);
      if (`${c.id}.ts` !== file) throw new Error(`${family}/${file}: the file must be named after its case, ${c.id}.ts`);
      cases.push(c);
    }
  }
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`case id ${c.id} is used twice`);
    ids.add(c.id);
  }
  return cases;
}
