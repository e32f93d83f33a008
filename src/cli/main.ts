#!/usr/bin/env node
// The sitrep executable: runs the command line against the real process streams.
import { main } from './run.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); });
main(process.argv.slice(2), {
  stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, stdinIsTTY: !!process.stdin.isTTY,
}).then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`sitrep: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
