// The sitrep subcommands. Each takes its arguments and the streams, and returns the exit status. A command's module
// is loaded when it runs: loading all of them (the pipeline, the store, the server, the exports) cost every run, and
// every `sitrep ingest`, about a CPU second on its main thread.
import type { CommandIO } from './io.js';

export type Command = (argv: string[], io: CommandIO) => Promise<number>;

export const COMMANDS: Record<string, { run: Command; summary: string }> = {
  analyze: {
    summary: 'analyse articles and print their Analysis JSON',
    run: async (a, io) => (await import('./analyze-command.js')).analyzeCommand(a, io),
  },
  ingest: {
    summary: 'analyse sources (files, folders, feeds, WARC, URLs) into the store',
    run: async (a, io) => (await import('./ingest-command.js')).ingestCommand(a, io),
  },
  events: {
    summary: 'list the stored events (filters: actor, CAMEO, PLOVER, quad, dates, place, text)',
    run: async (a, io) => (await import('./events-command.js')).eventsCommand(a, io),
  },
  quotes: {
    summary: 'list the stored quotes (filters: speaker, text, dates)',
    run: async (a, io) => (await import('./quotes-command.js')).quotesCommand(a, io),
  },
  actors: {
    summary: 'top actors of the store, or the counterparts of one',
    run: async (a, io) => (await import('./actors-command.js')).actorsCommand(a, io),
  },
  timeline: {
    summary: 'events and quotes of an actor per week or month',
    run: async (a, io) => (await import('./timeline-command.js')).timelineCommand(a, io),
  },
  search: {
    summary: 'full-text search over stored articles and quotes',
    run: async (a, io) => (await import('./search-command.js')).searchCommand(a, io),
  },
  show: {
    summary: 'one stored article with its layers',
    run: async (a, io) => (await import('./show-command.js')).showCommand(a, io),
  },
  export: {
    summary: 'export the store: GDELT 2.0 events, JSON Lines analyses, CSV tables',
    run: async (a, io) => (await import('./export-command.js')).exportCommand(a, io),
  },
  serve: {
    summary: 'serve the JSON API and the web UI over a store',
    run: async (a, io) => (await import('./serve-command.js')).serveCommand(a, io),
  },
};
