// The sitrep subcommands. Each takes its arguments and the streams, and returns the exit status.
import type { CommandIO } from './io.js';
import { analyzeCommand } from './analyze-command.js';

export type Command = (argv: string[], io: CommandIO) => Promise<number>;

export const COMMANDS: Record<string, { run: Command; summary: string }> = {
  analyze: { run: analyzeCommand, summary: 'analyse articles and print their Analysis JSON' },
};
