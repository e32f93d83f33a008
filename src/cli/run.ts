// The sitrep command: dispatches to a subcommand; usage errors exit 2, failures 1.
import { COMMANDS } from './commands.js';
import { UsageError } from './args.js';
import { DataFileError } from '../dictionaries/data-file.js';
import type { CommandIO } from './io.js';

function help(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `sitrep: who said what, and who did what to whom, when and where.\n\nUsage: sitrep COMMAND [options]\n\nCommands:\n${lines.join('\n')}\n\nsitrep COMMAND --help tells more.`;
}

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help' || name === '-h') { io.stdout.write(help() + '\n'); return name ? 0 : 2; }
  const command = COMMANDS[name];
  if (!command) { io.stderr.write(`sitrep: unknown command "${name}"\n\n${help()}\n`); return 2; }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) { io.stderr.write(`sitrep ${name}: ${e.message}\n`); return 2; }
    if (e instanceof DataFileError) { io.stderr.write(`sitrep ${name}: dictionary error: ${e.message}\n`); return 1; }
    throw e;
  }
}

