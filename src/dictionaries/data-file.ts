// Reading data files with errors that name the file and line. Every dictionary loader goes through here.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';

export class DataFileError extends Error {
  constructor(readonly file: string, readonly line: number | null, reason: string) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'DataFileError';
  }
}

export interface YamlData {
  file: string;
  /** the parsed value as plain JavaScript */
  value: unknown;
  /** the 1-based line of the node found by following keys/indices from the root, for error messages */
  lineAt(path: Array<string | number>): number | null;
  fail(path: Array<string | number>, reason: string): never;
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new DataFileError(file, null, `cannot read: ${(e as Error).message}`);
  }
}

export function loadYaml(file: string, source = readText(file)): YamlData {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  if (doc.errors.length) {
    const err = doc.errors[0];
    throw new DataFileError(file, err.linePos?.[0]?.line ?? null, err.message.split('\n')[0]);
  }
  const lineAt = (path: Array<string | number>): number | null => {
    let node: unknown = doc.contents;
    let line: number | null = null;
    const lineOf = (n: unknown) => {
      const range = (n as Node | null)?.range;
      return range ? lineCounter.linePos(range[0]).line : null;
    };
    line = lineOf(node);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (!pair) break;
        line = lineOf(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        line = lineOf(node) ?? line;
      } else break;
    }
    return line;
  };
  return {
    file,
    value: doc.toJS(),
    lineAt,
    fail(path, reason) {
      throw new DataFileError(file, lineAt(path), reason);
    },
  };
}

/** Lines of a line-oriented data file, with 1-based numbers; blank lines and '#' comments dropped. */
export function dataLines(file: string, source = readText(file)): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].replace(/(^|\s)#.*$/, '').trim();
    if (text) out.push({ line: i + 1, text });
  }
  return out;
}

export function stringList(data: YamlData, key: string): string[] {
  const obj = data.value as Record<string, unknown> | null;
  const list = obj?.[key];
  if (!Array.isArray(list)) data.fail([key], `"${key}" must be a list of strings`);
  list.forEach((x, i) => {
    if (typeof x !== 'string' || !x.trim()) data.fail([key, i], `"${key}" item ${i + 1} must be a non-empty string`);
  });
  return list as string[];
}
