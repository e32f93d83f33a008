#!/usr/bin/env node
// Scores sitrep on the development gold sets in ../shared/data with the scorers in ../shared/score (prepare,
// analyze, score, as DESIGN.md describes) and checks each figure against the target. A target marked
// `gate: true` fails the run when missed; the others are printed for information until they are reached.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const sitrep = join(root, 'dist', 'src', 'cli', 'main.js');

const SETS = [
  { set: 'time', targets: [['value F1', /value F1 ([\d.]+)/, 0.85, true], ['relaxed F1', /relaxed F1 ([\d.]+)/, 0.92, true]] },
  { set: 'geo', targets: [['recognition F1', /recognition F1 ([\d.]+)/, 0.85, true], ['acc@161km', /acc@161km ([\d.]+)/, 0.93, true]] },
  { set: 'extract', targets: [['F1', /F1 ([\d.]+)/, 0.96, true]] },
  { set: 'quotes', targets: [['content overlap F1', /content overlap F1 ([\d.]+)/, 0.85, true], ['source F1', /source F1 ([\d.]+)/, 0.85, false]] },
  { set: 'petrarch', analyzeArgs: ['--dictionaries', join(shared, 'data', 'petrarch-suite')],
    targets: [['records exact', /\(([\d.]+)%\)/, 90, true]] },
];

const dir = mkdtempSync(join(tmpdir(), 'sitrep-scores-'));
let missedGate = 0;
try {
  for (const { set, targets, analyzeArgs = [] } of SETS) {
    const scorer = join(shared, 'score', `${set}.mjs`);
    const input = join(dir, `${set}.in.jsonl`);
    const output = join(dir, `${set}.out.jsonl`);
    writeFileSync(input, execFileSync(process.execPath, [scorer, 'prepare'], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }));
    let analysed;
    try {
      analysed = execFileSync(process.execPath, [sitrep, 'analyze', '--jsonl', input, ...analyzeArgs], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      analysed = e.stdout; // some inputs may be reported as bad; the scorer counts what was analysed
    }
    writeFileSync(output, analysed);
    const report = execFileSync(process.execPath, [scorer, 'score', output], { encoding: 'utf8' });
    const summary = report.trim().split('\n').pop();
    console.log(`== ${summary}`);
    for (const [name, re, min, gate] of targets) {
      const m = re.exec(summary);
      const value = m ? Number(m[1]) : NaN;
      const ok = value >= min;
      if (!ok && gate) missedGate++;
      console.log(`   ${ok ? 'met    ' : gate ? 'MISSED ' : 'short  '} ${set} ${name} ${Number.isNaN(value) ? '?' : value} (target >= ${min}${gate ? '' : ', not gated yet'})`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(missedGate ? `scores gate: ${missedGate} gated target(s) missed` : 'scores gate: every gated target met');
process.exit(missedGate ? 1 : 0);
