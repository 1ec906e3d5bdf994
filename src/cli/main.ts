import { parseArgs } from 'node:util';
import { applyCommand } from './commands/apply.ts';
import type { Command } from './commands/command.ts';
import { emulatorCommand } from './commands/emulator.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { planCommand } from './commands/plan.ts';
import { renderCommand } from './commands/render.ts';
import { unlockCommand } from './commands/unlock.ts';
import { validateCommand } from './commands/validate.ts';
import { verifyCommand } from './commands/verify.ts';
import { type CliIO, EXIT, UsageError } from './io.ts';

export const COMMANDS: readonly Command[] = [
  validateCommand,
  renderCommand,
  planCommand,
  applyCommand,
  verifyCommand,
  importCommand,
  exportCommand,
  emulatorCommand,
  unlockCommand,
];

const VERSION = '0.1.0';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'codeploy: deploy Databricks workspace objects to an active and a disaster-recovery region at once.',
    '',
    'Usage: codeploy <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --help. --config defaults to ./codeploy.yml.',
    'Exit codes: 0 success, 1 invalid input or failure, 2 bad usage.',
  ].join('\n');
}

function commandHelp(c: Command): string {
  return [c.summary, '', `Usage: ${c.usage}`, ...(c.help ? ['', c.help] : [])].join('\n');
}

/** Runs one CLI invocation and returns its exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version') {
    io.out(VERSION);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`codeploy: unknown command "${name}"\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: command.allowPositionals ?? false,
      strict: true,
    });
    if (values.help) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(values, positionals, io);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`codeploy ${command.name}: ${(err as Error).message}\nUsage: ${command.usage}`);
      return EXIT.usage;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.err(`codeploy ${command.name}: ${message}`);
    if (io.env.CODEPLOY_DEBUG && err instanceof Error && err.stack) io.err(err.stack);
    return EXIT.failed;
  }
}
