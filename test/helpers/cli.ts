// Runs the sitrep command line in-process with captured streams.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/run.js';

export interface CliResult { code: number; stdout: string; stderr: string }

export async function runCli(argv: string[], stdin = ''): Promise<CliResult> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '', stderr = '';
  out.on('data', (c) => { stdout += c; });
  err.on('data', (c) => { stderr += c; });
  const code = await main(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout: out, stderr: err, stdinIsTTY: false });
  return { code, stdout, stderr };
}
