// The `ytterby` command. Thin: parse, call an area, format. Exit 0 done, 1 refused, 2 usage.
//
// A command loads its own module and what that needs, nothing else, so that `ytterby --help` starts
// about as fast as node does and `ytterby status` does not load the server, the generator and the
// report's charts. What the top-level help lists (each command's name, description and usage) and
// which module registers which command come from the index `npm run build:cli` writes beside the
// built JavaScript (dist/cli/commands.json, made by commandIndex below). Run from the sources,
// where there is no index, every module is loaded, as before.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, Option } from 'commander';

type Registrar = (program: Command) => void;

const MODULES = {
  status: async () => (await import('./commands/status.ts')).registerStatusCommands,
  keys: async () => (await import('./commands/keys.ts')).registerKeysCommand,
  registry: async () => (await import('./commands/registry.ts')).registerRegistryCommand,
  capture: async () => (await import('./commands/capture.ts')).registerCaptureCommand,
  template: async () => (await import('./commands/template.ts')).registerTemplateCommand,
  import: async () => (await import('./commands/import.ts')).registerImportCommand,
  lots: async () => (await import('./commands/lots.ts')).registerLotsCommand,
  verify: async () => (await import('./commands/verify.ts')).registerVerifyCommand,
  proof: async () => (await import('./commands/proof.ts')).registerProofCommand,
  demo: async () => (await import('./commands/demo.ts')).registerDemoCommand,
  trace: async () => (await import('./commands/trace.ts')).registerTraceCommand,
  passport: async () => (await import('./commands/passport.ts')).registerPassportCommands,
  supervision: async () => (await import('./commands/supervision.ts')).registerSupervisionCommands,
  report: async () => (await import('./commands/report.ts')).registerReportCommands,
  serve: async () => (await import('./commands/serve.ts')).registerServeCommands,
} satisfies Record<string, () => Promise<Registrar>>;

type ModuleName = keyof typeof MODULES;

/** A command as the index keeps it: enough to list it in the help and to load it when invoked. */
export interface IndexedCommand {
  name: string;
  aliases: string[];
  /** Its term in the top-level help ("capture [options] <file>"). */
  term: string;
  description: string;
  module: ModuleName;
}

function newProgram(): Command {
  return new Command('ytterby')
    .description('Ytterby 稀土产业链追溯与监管平台: traceability and supervision of the rare earth industry chain')
    .version('0.1.0')
    .addOption(new Option('--data <dir>', 'data folder of the embedded database (ignored when DATABASE_URL is set)').default('./data'))
    .option('--json', 'print machine-readable JSON')
    .showHelpAfterError()
    .exitOverride();
}

/** Every command, in the order the help lists them, with the module that registers it. */
export async function commandIndex(): Promise<IndexedCommand[]> {
  const program = newProgram();
  const help = program.createHelp();
  const index: IndexedCommand[] = [];
  for (const [module, load] of Object.entries(MODULES) as [ModuleName, () => Promise<Registrar>][]) {
    const registered = program.commands.length;
    (await load())(program);
    for (const command of program.commands.slice(registered)) {
      index.push({ name: command.name(), aliases: command.aliases(), term: help.subcommandTerm(command), description: command.description(), module });
    }
  }
  return index;
}

function readIndex(): IndexedCommand[] | undefined {
  try {
    return JSON.parse(readFileSync(new URL('./commands.json', import.meta.url), 'utf8')) as IndexedCommand[];
  } catch {
    return undefined;
  }
}

/** The command a command line names: its first word that is neither an option nor --data's value
 * (and, after `help`, the word it asks about). */
export function commandWord(args: readonly string[]): string | undefined {
  const words: string[] = [];
  for (let at = 0; at < args.length && words.length < 2; at += 1) {
    const arg = args[at]!;
    if (arg === '--') break;
    if (arg === '--data') at += 1;
    else if (!arg.startsWith('-')) words.push(arg);
  }
  return words[0] === 'help' ? words[1] : words[0];
}

/** The program for a command line: with the index, the invoked command's module alone, or, when
 * the line names none (help, version, a mistyped command), every command as the index lists it. */
export async function buildProgram(args: readonly string[], index = readIndex()): Promise<Command> {
  const program = newProgram();
  if (index === undefined) {
    for (const load of Object.values(MODULES)) (await load())(program);
    return program;
  }
  const word = commandWord(args);
  const invoked = index.find((command) => command.name === word || command.aliases.includes(word ?? ''));
  if (invoked !== undefined) {
    (await MODULES[invoked.module]())(program);
    return program;
  }
  const terms = new Map(index.map((command) => [command.name, command.term]));
  const standard = new Help();
  program.configureHelp({ subcommandTerm: (command) => terms.get(command.name()) ?? standard.subcommandTerm(command) });
  for (const command of index) program.command(command.name).aliases(command.aliases).description(command.description);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram(argv.slice(2));
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    const { EXIT_USAGE, reportError } = await import('./context.ts');
    if (error instanceof CommanderError) {
      // Help and version are successes; anything else commander stops on is a usage error.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : EXIT_USAGE;
    }
    return reportError(error, program.opts<{ json?: boolean }>().json === true);
  }
}
