// The `ytterby` command. Thin: parse, call an area, format. Exit 0 done, 1 refused, 2 usage.
import { Command, CommanderError, Option } from 'commander';
import { registerCaptureCommand } from './commands/capture.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerImportCommand } from './commands/import.ts';
import { registerKeysCommand } from './commands/keys.ts';
import { registerLotsCommand } from './commands/lots.ts';
import { registerPassportCommands } from './commands/passport.ts';
import { registerProofCommand } from './commands/proof.ts';
import { registerRegistryCommand } from './commands/registry.ts';
import { registerReportCommands } from './commands/report.ts';
import { registerServeCommands } from './commands/serve.ts';
import { registerStatusCommands } from './commands/status.ts';
import { registerSupervisionCommands } from './commands/supervision.ts';
import { registerTemplateCommand } from './commands/template.ts';
import { registerTraceCommand } from './commands/trace.ts';
import { registerVerifyCommand } from './commands/verify.ts';
import { EXIT_USAGE, reportError } from './context.ts';

export function buildProgram(): Command {
  const program = new Command('ytterby')
    .description('Ytterby 稀土产业链追溯与监管平台: traceability and supervision of the rare earth industry chain')
    .version('0.1.0')
    .addOption(new Option('--data <dir>', 'data folder of the embedded database (ignored when DATABASE_URL is set)').default('./data'))
    .option('--json', 'print machine-readable JSON')
    .showHelpAfterError()
    .exitOverride();
  registerStatusCommands(program);
  registerKeysCommand(program);
  registerRegistryCommand(program);
  registerCaptureCommand(program);
  registerTemplateCommand(program);
  registerImportCommand(program);
  registerLotsCommand(program);
  registerVerifyCommand(program);
  registerProofCommand(program);
  registerDemoCommand(program);
  registerTraceCommand(program);
  registerPassportCommands(program);
  registerSupervisionCommands(program);
  registerReportCommands(program);
  registerServeCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; anything else commander stops on is a usage error.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : EXIT_USAGE;
    }
    return reportError(error, program.opts<{ json?: boolean }>().json === true);
  }
}

process.exitCode = await main(process.argv);
