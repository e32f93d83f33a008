// The sitrep subcommands. Each takes its arguments and the streams, and returns the exit status.
import type { CommandIO } from './io.js';
import { analyzeCommand } from './analyze-command.js';
import { ingestCommand } from './ingest-command.js';

export type Command = (argv: string[], io: CommandIO) => Promise<number>;

export const COMMANDS: Record<string, { run: Command; summary: string }> = {
  analyze: { run: analyzeCommand, summary: 'analyse articles and print their Analysis JSON' },
  ingest: { run: ingestCommand, summary: 'analyse sources (files, folders, feeds, WARC, URLs) into the store' },
};
