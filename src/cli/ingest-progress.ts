// Progress of `sitrep ingest` on standard error: a cli-progress bar (articles/s, ETA when the total is known) on a
// terminal, a plain line every few seconds when piped, nothing with --quiet.
import cliProgress from 'cli-progress';
import type { Writable } from 'node:stream';
import type { IngestProgress } from '../corpus/ingest.js';

export interface ProgressView {
  update(p: IngestProgress): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 5000;

/** Inputs fully dealt with (stored, skipped or failed); reading runs a few blocks ahead of this. */
function done(p: IngestProgress): number {
  return p.new + p.nearDuplicate + p.duplicate + p.failed;
}

function rate(p: IngestProgress): number {
  return p.elapsedMs > 0 ? done(p) / (p.elapsedMs / 1000) : 0;
}

export function progressView(out: Writable, opts: { tty: boolean; quiet: boolean; total: number | null }): ProgressView {
  if (opts.quiet) return { update() {}, stop() {} };
  if (!opts.tty) {
    let last = 0;
    return {
      update(p) {
        if (p.elapsedMs - last < PLAIN_EVERY_MS) return;
        last = p.elapsedMs;
        out.write(`ingest: ${p.read} read, ${p.new} new, ${p.nearDuplicate} near-duplicate, ${p.duplicate} duplicate, `
          + `${p.failed} failed, ${rate(p).toFixed(0)} articles/s\n`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar({
    stream: out as NodeJS.WriteStream,
    format: opts.total
      ? 'ingest [{bar}] {percentage}% {value}/{total} | {speed} articles/s | ETA {eta_formatted} | {new} new, {dups} dup, {failed} failed'
      : 'ingest {value} done | {speed} articles/s | {new} new, {dups} dup, {failed} failed',
    hideCursor: true,
    etaBuffer: 200,
    fps: 5,
  }, cliProgress.Presets.shades_classic);
  bar.start(opts.total ?? 0, 0, { speed: '0', new: 0, dups: 0, failed: 0 });
  return {
    update(p) {
      bar.update(done(p), { speed: rate(p).toFixed(0), new: p.new, dups: p.duplicate + p.nearDuplicate, failed: p.failed });
    },
    stop() {
      bar.stop();
    },
  };
}
