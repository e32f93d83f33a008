// The sitrep subcommands. Each takes its arguments and the streams, and returns the exit status.
import type { CommandIO } from './io.js';
import { analyzeCommand } from './analyze-command.js';
import { ingestCommand } from './ingest-command.js';
import { eventsCommand } from './events-command.js';
import { quotesCommand } from './quotes-command.js';
import { actorsCommand } from './actors-command.js';
import { timelineCommand } from './timeline-command.js';
import { searchCommand } from './search-command.js';
import { showCommand } from './show-command.js';
import { exportCommand } from './export-command.js';
import { serveCommand } from './serve-command.js';

export type Command = (argv: string[], io: CommandIO) => Promise<number>;

export const COMMANDS: Record<string, { run: Command; summary: string }> = {
  analyze: { run: analyzeCommand, summary: 'analyse articles and print their Analysis JSON' },
  ingest: { run: ingestCommand, summary: 'analyse sources (files, folders, feeds, WARC, URLs) into the store' },
  events: { run: eventsCommand, summary: 'list the stored events (filters: actor, CAMEO, PLOVER, quad, dates, place, text)' },
  quotes: { run: quotesCommand, summary: 'list the stored quotes (filters: speaker, text, dates)' },
  actors: { run: actorsCommand, summary: 'top actors of the store, or the counterparts of one' },
  timeline: { run: timelineCommand, summary: 'events and quotes of an actor per week or month' },
  search: { run: searchCommand, summary: 'full-text search over stored articles and quotes' },
  show: { run: showCommand, summary: 'one stored article with its layers' },
  export: { run: exportCommand, summary: 'export the store: GDELT 2.0 events, JSON Lines analyses, CSV tables' },
  serve: { run: serveCommand, summary: 'serve the JSON API and the web UI over a store' },
};
