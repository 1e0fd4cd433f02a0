// The CLI's entry in process: what a command line loads, and that the top-level help, the
// suggestions for a mistyped command and each command's own help are the same whether the program is
// built from the index (as the built CLI runs) or with every command's module loaded (as the
// sources run).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Command } from 'commander';
import { buildProgram, commandIndex, commandWord } from './main.ts';
import { publicUrlOption } from './commands/serve.ts';

function captured(program: Command): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  program.configureOutput({ writeOut: (text) => (out += text), writeErr: (text) => (err += text) });
  return { out: () => out, err: () => err };
}

async function run(args: string[], index: Awaited<ReturnType<typeof commandIndex>> | undefined): Promise<{ out: string; err: string }> {
  const program = await buildProgram(args, index);
  const output = captured(program);
  const inherit = (parent: Command) => {
    for (const command of parent.commands) {
      command.configureOutput(parent.configureOutput());
      inherit(command);
    }
  };
  inherit(program);
  await program.parseAsync(['node', 'ytterby', ...args]).catch(() => undefined);
  return { out: output.out(), err: output.err() };
}

test('the command a line names: its first word, past the global options and after help', () => {
  assert.equal(commandWord(['--data', 'lots', 'status']), 'status');
  assert.equal(commandWord(['--data=./d', '--json', 'lots', '--holder', 'x']), 'lots');
  assert.equal(commandWord(['--json', 'help', 'capture']), 'capture');
  assert.equal(commandWord(['help']), undefined);
  assert.equal(commandWord(['--help']), undefined);
  assert.equal(commandWord(['--', 'status']), undefined);
  assert.equal(commandWord([]), undefined);
});

test('with the index, a command line loads its command\'s module alone', async () => {
  const index = await commandIndex();
  assert.ok(index.length >= 20, `${index.length} commands`);
  assert.equal(new Set(index.map((command) => command.name)).size, index.length, 'a command is registered twice');
  const program = await buildProgram(['--data', './d', 'lots', '--holder', 'x'], index);
  assert.deepEqual(program.commands.map((command) => command.name()), index.filter((command) => command.module === 'lots').map((command) => command.name));
  const alerts = await buildProgram(['alerts', 'list'], index);
  assert.ok(alerts.commands.some((command) => command.name() === 'check'), 'alerts comes with the rest of its module');
  assert.ok(!alerts.commands.some((command) => command.name() === 'serve'));
});

test('the help, a mistyped command and a command\'s own help read the same from the index as from every module', async () => {
  const index = await commandIndex();
  for (const args of [['--help'], ['help'], ['stauts'], ['help', 'capture'], ['capture', '--help'], ['alerts', 'act', '--help']]) {
    const fromIndex = await run(args, index);
    const fromModules = await run(args, undefined);
    assert.deepEqual(fromIndex, fromModules, args.join(' '));
    assert.notEqual(`${fromIndex.out}${fromIndex.err}`, '', `${args.join(' ')} printed nothing`);
  }
  assert.match((await run(['stauts'], index)).err, /unknown command 'stauts'[\s\S]*status/);
});

test('the public URL of passports: given, or the address served; a URL that is none, or not http(s), is refused naming the option', () => {
  assert.equal(publicUrlOption(undefined, '127.0.0.1', 8080), 'http://127.0.0.1:8080');
  assert.equal(publicUrlOption(undefined, '0.0.0.0', 80), 'http://localhost:80');
  assert.equal(publicUrlOption('https://trace.example.cn/', '127.0.0.1', 8080), 'https://trace.example.cn');
  assert.throws(() => publicUrlOption('trace.example.cn', '127.0.0.1', 8080), /--public-url \(or YTTERBY_PUBLIC_URL\) must be an http\(s\) URL .*, got trace\.example\.cn/);
  assert.throws(() => publicUrlOption('ftp://trace.example.cn', '127.0.0.1', 8080), /must be an http\(s\) URL without query or fragment, got ftp:/);
  assert.throws(() => publicUrlOption('https://trace.example.cn/?x=1', '127.0.0.1', 8080), /without query or fragment/);
});
