import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { validateUscc } from '../../domain/uscc.ts';
import { generateKeyFile, listKeys, registerKey, revokeKey, type PublicJwk } from '../../registry/index.ts';
import { readJsonFile } from '../read-json.ts';
import { printJson, UsageError, withStore, type GlobalOptions } from '../context.ts';

export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys').description("enterprises' Ed25519 signing keys");
  keys
    .command('generate')
    .description('make a new key pair; the private key stays in the file you keep, the public part goes to the registry')
    .requiredOption('--party <uscc>', 'the party the key signs for')
    .option('--out <file>', 'where to write the private key file', 'ytterby-key.json')
    .option('--force', 'overwrite an existing key file')
    .action(async (options: { party: string; out: string; force?: boolean }) => {
      const invalid = validateUscc(options.party);
      if (invalid !== null) throw new UsageError(`--party ${options.party}: ${invalid}`);
      if (existsSync(options.out) && options.force !== true) throw new UsageError(`${options.out} exists; pass --force to overwrite it (the old key is lost)`);
      const file = await generateKeyFile(options.party);
      writeFileSync(options.out, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
      chmodSync(options.out, 0o600);
      const registryEntry = { party: options.party, publicJwk: file.publicJwk, validFrom: new Date().toISOString() };
      if (program.opts<GlobalOptions>().json === true) return printJson({ file: options.out, kid: file.kid, registryEntry });
      process.stdout.write(
        `Wrote the private key ${file.kid} to ${options.out} (keep it secret; it never leaves your machine).\n` +
          `Register the public part with the regulator, e.g. in the "keys" list of a registry file:\n${JSON.stringify(registryEntry, null, 2)}\n`,
      );
    });
  keys
    .command('register <file>')
    .description("register a party's public key, read from a key file or a public JWK file (only the public part is sent)")
    .option('--party <uscc>', 'the party (default: the one named in the key file)')
    .option('--valid-from <datetime>', 'when the key starts to sign (ISO 8601 with time zone)')
    .option('--replaces <kid>', "rotation: the party's previous key stops signing when this one starts")
    .action(async (file: string, options: { party?: string; validFrom?: string; replaces?: string }) => {
      const global = program.opts<GlobalOptions>();
      const content = readJsonFile(file) as { party?: string; publicJwk?: PublicJwk } & Partial<PublicJwk>;
      const publicJwk = content.publicJwk ?? content;
      const party = options.party ?? content.party;
      if (party === undefined) throw new UsageError(`${file} names no party; pass --party`);
      const validFrom = options.validFrom ?? new Date().toISOString();
      const kid = await withStore(global, (store) => registerKey(store, { party, publicJwk: publicJwk as PublicJwk, validFrom, ...(options.replaces === undefined ? {} : { replaces: options.replaces }) }));
      if (global.json === true) return printJson({ ok: true, kid, party, validFrom });
      process.stdout.write(`registered key ${kid} for ${party}, valid from ${validFrom}${options.replaces === undefined ? '' : `; key ${options.replaces} stops then`}\n`);
    });
  keys
    .command('list')
    .description('registered keys, with their validity and revocation')
    .option('--party <uscc>', 'only this party')
    .action(async (options: { party?: string }) => {
      const global = program.opts<GlobalOptions>();
      const listed = await withStore(global, (store) => listKeys(store, options.party));
      if (global.json === true) return printJson(listed);
      for (const key of listed) {
        const state = key.revokedAt !== null ? `revoked ${key.revokedAt} (${key.revocationReason})` : key.validTo !== null ? `valid ${key.validFrom} to ${key.validTo}` : `valid from ${key.validFrom}`;
        process.stdout.write(`${key.party}  ${key.id}  ${state}\n`);
      }
      if (listed.length === 0) process.stdout.write('no keys registered\n');
    });
  keys
    .command('revoke <kid>')
    .description('revoke a key: documents recorded from --at on with it are refused')
    .requiredOption('--reason <text>', 'why, e.g. "private key lost"')
    .option('--at <datetime>', 'when the revocation takes effect (ISO 8601 with time zone)', new Date().toISOString())
    .action(async (kid: string, options: { reason: string; at: string }) => {
      const global = program.opts<GlobalOptions>();
      await withStore(global, (store) => revokeKey(store, kid, new Date(options.at), options.reason));
      if (global.json === true) return printJson({ ok: true, kid, revokedAt: new Date(options.at).toISOString() });
      process.stdout.write(`key ${kid} revoked from ${new Date(options.at).toISOString()}\n`);
    });
}
