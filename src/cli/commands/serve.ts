// ytterby serve · tokens: the HTTP API and its bearer tokens.
import type { Command } from 'commander';
import { lineageIndex, openStore, DEFAULT_DATA_DIR } from '../../store/index.ts';
import { collectGarbageForServing } from '../../server/gc-settings.ts';
import { createToken, listTokens, revokeToken } from '../../server/tokens.ts';
import { printJson, UsageError, withStore, type GlobalOptions } from '../context.ts';
import { wholeNumberOption } from './trace.ts';

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000 };

function durationMs(text: string): number {
  const match = /^(\d+)(s|m|h)$/.exec(text);
  if (match === null || Number(match[1]) === 0) throw new UsageError(`--check-every must be a positive duration like 30m or 6h, got ${text}`);
  return Number(match[1]) * UNIT_MS[match[2]!]!;
}

export interface ServeOptions {
  port: string;
  host: string;
  /** Where the public reaches the server; by default YTTERBY_PUBLIC_URL, else the address it listens on. */
  publicUrl?: string;
  checkEvery: string;
  rateLimit: string;
}

/** Serves the API until SIGINT or SIGTERM, which finish the requests in flight before the process ends. */
export async function serveUntilStopped(global: GlobalOptions, options: ServeOptions): Promise<never> {
  const port = wholeNumberOption(options.port, '--port', 0, 65_535)!;
  const rateLimitPerMinute = wholeNumberOption(options.rateLimit, '--rate-limit', 1, 1_000_000)!;
  const checkEveryMs = durationMs(options.checkEvery);
  const publicUrl = publicUrlOption(options.publicUrl ?? process.env['YTTERBY_PUBLIC_URL'], options.host, port);
  collectGarbageForServing();
  const store = await openStore({ dataDir: global.data ?? DEFAULT_DATA_DIR, databaseUrl: process.env['DATABASE_URL'] });
  // The server and every route are loaded only here, so the other commands start without them.
  const { buildServer } = await import('../../server/server.ts');
  const app = await buildServer(store, { logger: true, rateLimitPerMinute, checkEveryMs, publicUrl });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping: finishing the requests in flight');
    // close() stops accepting connections and resolves once every request in flight has been answered.
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ port, host: options.host });
  // Built now rather than by the first trace, which would otherwise wait the seconds it takes.
  const indexStarted = performance.now();
  lineageIndex(store.db)
    .then((index) => app.log.info({ lots: index.lotCount, seconds: Number(((performance.now() - indexStarted) / 1000).toFixed(1)) }, 'lineage index ready'))
    .catch((error: unknown) => app.log.error({ err: error }, 'lineage index failed; traces will build it'));
  // Likewise the reporting calendar's reading of the log (seconds for a year), not its first visitor.
  const { catchUpCalendar } = await import('../../reporting/calendar.ts');
  catchUpCalendar(store)
    .then(() => app.log.info('reporting calendar up to date'))
    .catch((error: unknown) => app.log.error({ err: error }, 'reporting calendar catch-up failed; the calendar will read the log itself'));
  // The command lives until a signal stops it.
  return new Promise<never>(() => undefined);
}

/** The base of passports' GS1 Digital Links and QR codes: the URL given, or the address the server
 * listens on (a wildcard address read as this machine), so a code scanned opens this server's page. */
export function publicUrlOption(given: string | undefined, host: string, port: number): string {
  if (given === undefined || given === '') {
    const named = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
    return `http://${named}:${port}`;
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new UsageError(`--public-url (or YTTERBY_PUBLIC_URL) must be an http(s) URL such as https://trace.example.cn, got ${given}`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '') {
    throw new UsageError(`--public-url (or YTTERBY_PUBLIC_URL) must be an http(s) URL without query or fragment, got ${given}`);
  }
  return given.replace(/\/+$/, '');
}

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, OpenAPI at /api/openapi.json, docs at /api/docs) until stopped; a stop finishes the requests in flight')
    .option('--port <n>', 'TCP port', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--public-url <url>', 'where the public reaches this server, named by passports\' GS1 Digital Links and QR codes (default: YTTERBY_PUBLIC_URL, else http://HOST:PORT)')
    .option('--check-every <duration>', 'run the period rules this often (e.g. 6h)', '6h')
    .option('--rate-limit <n>', 'requests a minute per token', '1200')
    .action(async (options: ServeOptions) => serveUntilStopped(program.opts<GlobalOptions>(), options));

  const tokens = program.command('tokens').description('bearer tokens of the HTTP API, each bound to a role (and an enterprise\'s party)');
  tokens
    .command('create')
    .description('make a token and print it: the only time it is shown (only its hash is stored)')
    .requiredOption('--role <role>', 'regulator, auditor, association, enterprise or public')
    .requiredOption('--name <text>', 'who or what it is for; kept as the actor of what it does')
    .option('--party <uscc>', 'the enterprise it acts for (enterprise tokens)')
    .option('--expires <time>', 'ISO 8601 date-time after which it stops working')
    .action(async (options: { role: string; name: string; party?: string; expires?: string }) => {
      const global = program.opts<GlobalOptions>();
      const made = await withStore(global, (store) => createToken(store, {
        role: options.role, name: options.name, ...(options.party === undefined ? {} : { party: options.party }), ...(options.expires === undefined ? {} : { expiresAt: options.expires }),
      }));
      if (global.json === true) return printJson(made);
      process.stdout.write(`${made.token}\n`);
      process.stderr.write(`token ${made.id} for ${made.name} (${made.role}${made.party === null ? '' : ` of ${made.party}`}); keep it safe: it is not shown again\n`);
    });
  tokens
    .command('list')
    .description('every token: id, name, role, party, when made, expires and revoked (never the token itself)')
    .action(async () => {
      const global = program.opts<GlobalOptions>();
      const list = await withStore(global, listTokens);
      if (global.json === true) return printJson(list);
      for (const t of list) process.stdout.write(`${t.id}  ${t.role.padEnd(11)} ${(t.party ?? '').padEnd(18)}  ${t.revokedAt === null ? 'active ' : 'revoked'}  ${t.name}\n`);
      if (list.length === 0) process.stdout.write('no tokens\n');
    });
  tokens
    .command('revoke <id>')
    .description('stop a token working, at once')
    .action(async (id: string) => {
      const global = program.opts<GlobalOptions>();
      const revoked = await withStore(global, (store) => revokeToken(store, id));
      if (global.json === true) return printJson(revoked);
      process.stdout.write(`revoked ${revoked.id} (${revoked.name}) at ${revoked.revokedAt}\n`);
    });
}
