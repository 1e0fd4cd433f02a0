import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { issuePassport, lotPassport, qrPng, verifyPassport } from '../../provenance/index.ts';
import { readJsonFile } from '../read-json.ts';
import { EXIT_REFUSED, printJson, withStore, type GlobalOptions } from '../context.ts';
import { viewerOption } from './trace.ts';

export function registerPassportCommands(program: Command): void {
  program
    .command('passport <lot>')
    .description('the product passport of a lot, issued and kept on first request: JSON-LD with origin, recycled shares, inclusion proof and signed checkpoint; GS1 Digital Link; QR code')
    .option('--out <dir>', 'write passport.jsonld, qr.svg and qr.png into this folder (default: print the passport)')
    .option('--gtin <gtin14>', "the product's GTIN, when the lot's id is not an LGTIN")
    .option('--resolver <url>', 'the GS1 Digital Link resolver domain')
    .option('--as <uscc>', 'issue as this enterprise (the lot\'s maker)')
    .option('--reissue', 'issue it anew, anchored to the log as it is now, replacing the kept one')
    .action(async (lot: string, options: { out?: string; gtin?: string; resolver?: string; as?: string; reissue?: boolean }) => {
      const global = program.opts<GlobalOptions>();
      const issue = options.reissue === true ? issuePassport : lotPassport;
      const issued = await withStore(global, (store) => issue(store, lot, {
        viewer: viewerOption(options.as),
        ...(options.gtin === undefined ? {} : { gtin: options.gtin }),
        ...(options.resolver === undefined ? {} : { resolver: options.resolver }),
      }));
      if (options.out === undefined) return printJson(issued.passport);
      mkdirSync(options.out, { recursive: true });
      const files = { passport: join(options.out, 'passport.jsonld'), svg: join(options.out, 'qr.svg'), png: join(options.out, 'qr.png') };
      writeFileSync(files.passport, `${JSON.stringify(issued.passport, null, 2)}\n`);
      writeFileSync(files.svg, issued.qrSvg);
      writeFileSync(files.png, await qrPng(issued.digitalLink));
      if (global.json === true) return printJson({ digitalLink: issued.digitalLink, files });
      process.stdout.write(`passport of ${lot}: ${issued.digitalLink}\nwrote ${files.passport}, ${files.svg}, ${files.png}\n`);
    });
  program
    .command('passport-verify <file>')
    .description('verify a passport: the ledger\'s signature, the inclusion proof, the checkpoint, and the event and root as this ledger holds them')
    .option('--offline', 'check the passport on its own, without this ledger')
    .action(async (file: string, options: { offline?: boolean }) => {
      const global = program.opts<GlobalOptions>();
      const passport = readJsonFile(file);
      const result = options.offline === true ? await verifyPassport(passport) : await withStore(global, (store) => verifyPassport(passport, { store }));
      if (global.json === true) printJson(result);
      else if (result.valid) process.stdout.write(`valid: ${result.checked.join(', ')}\n`);
      else process.stdout.write(`INVALID:\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      if (!result.valid) process.exitCode = EXIT_REFUSED;
    });
}
