import type { Command } from 'commander';
import { importRegistry } from '../../registry/index.ts';
import { printJson, withStore, type GlobalOptions } from '../context.ts';
import { readJsonFile } from '../read-json.ts';

export function registerRegistryCommand(program: Command): void {
  const registry = program.command('registry').description('parties, licences, facilities, quotas and keys');
  registry
    .command('import <file>')
    .description('load a registry file (JSON): all of it, or nothing if anything is wrong')
    .action(async (file: string) => {
      const global = program.opts<GlobalOptions>();
      const input = readJsonFile(file);
      const summary = await withStore(global, (store) => importRegistry(store, input));
      if (global.json === true) return printJson({ ok: true, ...summary });
      process.stdout.write(
        `imported ${summary.parties} parties, ${summary.licences} licences, ${summary.facilities} facilities, ${summary.quotas} quotas, ${summary.keys} keys\n`,
      );
    });
}
