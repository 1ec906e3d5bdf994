import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { mixedRepo } from '../../scripts/bench/mixed-repo.ts';
import { readPlainYaml } from '../../src/core/load/plain-yaml.ts';
import { sortKeys } from '../../src/core/model/json.ts';
import { random } from '../support/random.ts';

/** What the `yaml` library reads, or 'error' when it refuses the text. */
function reference(text: string): unknown {
  const docs = parseAllDocuments(text, { uniqueKeys: true, merge: false });
  if (!Array.isArray(docs)) return [];
  if (docs.some((d) => d.errors.length > 0)) return 'error';
  try {
    return docs.map((d) => d.toJS({ maxAliasCount: 100 }));
  } catch {
    return 'error';
  }
}

const WORDS = [
  'a',
  'job',
  'node_type_id',
  's3://lake/x/',
  '0 0 7 ? * MON',
  '${clusters.x.id}',
  '1',
  '-1',
  '0x1F',
  '0o17',
  '1.5',
  '.inf',
  '-.5',
  '1e3',
  'true',
  'False',
  'null',
  '~',
  'yes',
  'a b',
  'a: b',
  'a #b',
  'a#b',
  '#x',
  '-x',
  '- x',
  ':x',
  '?x',
  'x:',
  "it's",
  'say "hi"',
  'a,b',
  '[x]',
  '{x}',
  'back\\slash',
  'é ü 日本',
  '',
  ' lead',
  'trail ',
  '---',
  '...',
  '&x',
  '*x',
  '!x',
  '%x',
  '@x',
  '`x',
  '|',
  '>',
  '__proto__',
  '<<',
  'constructor',
];

/** YAML text for a value, in a style picked at random at every level. */
function yamlOf(value: unknown, rnd: () => number, indent: number, flowOnly = false): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  if (Array.isArray(value)) {
    if (flowOnly || value.length === 0 || rnd() < 0.3)
      return `[${value.map((v) => yamlOf(v, rnd, indent, true)).join(pick([', ', ',', ' , ']))}]`;
    const pad = ' '.repeat(indent);
    return value
      .map((v) => {
        const inner = yamlOf(v, rnd, indent + 2);
        return `\n${pad}-${inner.startsWith('\n') ? inner : ` ${inner}`}`;
      })
      .join('');
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (flowOnly || entries.length === 0 || rnd() < 0.3)
      return `{${pick(['', ' '])}${entries.map(([k, v]) => `${scalar(k, rnd)}: ${yamlOf(v, rnd, indent, true)}`).join(', ')}${pick(['', ' '])}}`;
    const pad = ' '.repeat(indent);
    return entries
      .map(([k, v]) => {
        // A sequence may sit at its key's own indent; other values two or four deeper.
        const deeper = Array.isArray(v) && rnd() < 0.3 ? 0 : rnd() < 0.8 ? 2 : 4;
        const inner = yamlOf(v, rnd, indent + deeper);
        const comment = rnd() < 0.1 ? ' # note' : '';
        const blank =
          rnd() < 0.05 ? '\n' : rnd() < 0.05 ? `\n${' '.repeat(Math.floor(rnd() * 6))}# a comment line` : '';
        return `${blank}\n${pad}${scalar(k, rnd)}:${inner.startsWith('\n') ? `${comment}${inner}` : ` ${inner}${comment}`}`;
      })
      .join('');
  }
  return scalar(value, rnd);
}

/** A scalar double-quoted, single-quoted or plain: plain whether or not it may be (the reader must then leave it). */
function scalar(value: unknown, rnd: () => number): string {
  if (typeof value !== 'string') return String(value);
  const r = rnd();
  if (r < 0.15) return JSON.stringify(value);
  if (r < 0.25) return `'${value.replaceAll("'", "''")}'`;
  return value;
}

function randomValue(rnd: () => number, depth: number): unknown {
  const r = rnd();
  if (depth > 3 || r < 0.45) {
    const s = rnd();
    if (s < 0.1) return Math.floor(rnd() * 1000) - 500;
    if (s < 0.15) return rnd() < 0.5;
    return WORDS[Math.floor(rnd() * WORDS.length)];
  }
  const n = Math.floor(rnd() * 4);
  if (r < 0.7) {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) out[WORDS[Math.floor(rnd() * 20)] as string] = randomValue(rnd, depth + 1);
    return out;
  }
  return Array.from({ length: n }, () => randomValue(rnd, depth + 1));
}

/** Every YAML file of the repo's examples and test fixtures, and a generated bench repo. */
function repoTexts(): [string, string][] {
  const texts: [string, string][] = Object.entries(mixedRepo(60)).filter(([f]) => f.endsWith('.yml'));
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const path = join(dir, f);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(f)) texts.push([path, readFileSync(path, 'utf8')]);
    }
  };
  walk('examples');
  walk('test/fixtures');
  return texts;
}

/**
 * Whether the reader, asked to sort keys, reads the text as the yaml library does with every
 * mapping's keys sorted: JSON text compares key order, which deep equality leaves out.
 */
function readsSorted(text: string, expected: unknown): boolean {
  return JSON.stringify(readPlainYaml(text, 64, true)) === JSON.stringify(sortKeys(expected));
}

/** Texts the reader read, and those it read differently from the yaml library (as read, or sorted). */
class Tally {
  read = 0;
  readonly differ: string[] = [];
  check(text: string): void {
    const mine = readPlainYaml(text, 64);
    if (!mine) return;
    this.read++;
    const expected = reference(text);
    if (!isDeepStrictEqual(mine, expected) || !readsSorted(text, expected)) this.differ.push(text);
  }
}

describe('the plain YAML reader', () => {
  it('reads the example repo and the bench repo, every value as the yaml library does', () => {
    let read = 0;
    for (const [file, text] of repoTexts()) {
      const mine = readPlainYaml(text, 64);
      if (!mine) continue;
      read++;
      expect(mine, file).toEqual(reference(text));
      expect(readsSorted(text, reference(text)), file).toBe(true);
    }
    // The bench repo's files, and all but the few example files with block scalars or workflows.
    expect(read).toBeGreaterThanOrEqual(10);
  });

  it('reads generated documents in every style as the yaml library does, or leaves them', () => {
    const rnd = random(7);
    const tally = new Tally();
    for (let n = 0; n < 3000; n++) {
      const doc = { kind: 'job', name: `j${n}`, spec: randomValue(rnd, 0) };
      tally.check(`${yamlOf(doc, rnd, 0).trimStart()}\n${rnd() < 0.2 ? '---\nkind: x\n' : ''}`);
    }
    expect(tally.differ.slice(0, 3)).toEqual([]);
    expect(tally.read).toBeGreaterThan(1000);
  });

  it('never reads a mutated document differently from the yaml library', () => {
    // Soundness: for any text, what the reader returns (when it returns) is what yaml reads.
    const rnd = random(11);
    const pieces = [
      ' ',
      '  ',
      '\n',
      '\n  ',
      ':',
      ': ',
      '- ',
      '-',
      '#',
      ' #',
      '"',
      "'",
      '{',
      '}',
      '[',
      ']',
      ',',
      '?',
      '\\',
      'x',
      '1',
      '.',
      '---\n',
    ];
    const tally = new Tally();
    for (let n = 0; n < 20000; n++) {
      const doc = { kind: 'job', name: 'j', spec: randomValue(rnd, 0) };
      let text = yamlOf(doc, rnd, 0).trimStart();
      for (let m = 1 + Math.floor(rnd() * 3); m > 0; m--) {
        const at = Math.floor(rnd() * text.length);
        const cut = rnd() < 0.5 ? Math.floor(rnd() * 3) : 0;
        text = text.slice(0, at) + pieces[Math.floor(rnd() * pieces.length)] + text.slice(at + cut);
      }
      tally.check(text);
    }
    expect(tally.differ.slice(0, 3)).toEqual([]);
    expect(tally.read).toBeGreaterThan(2000);
  });

  it.each([
    ['a block scalar', 'a: |\n  x\n'],
    ['a scalar continued on the next line', 'a: b\n  c\n'],
    ['a multi-line flow collection', 'a: [1,\n  2]\n'],
    ['a tab', 'a:\tb\n'],
    ['a carriage return', 'a: b\r\n'],
    ['a trailing comma', 'a: [1, 2,]\n'],
    ['an implicit null in a flow mapping', 'a: {x}\n'],
    ['a number as a key', '1: a\n'],
    ['a merge key', '<<: {a: 1}\n'],
    ['a __proto__ key', '__proto__: {a: 1}\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a document that is a sequence', '- a\n'],
    ['an empty trailing document', 'a: 1\n---\n'],
    ['nesting at the limit', `a: ${'['.repeat(64)}${']'.repeat(64)}\n`],
  ])('leaves %s to the full parsers', (_, text) => {
    expect(readPlainYaml(text, 64)).toBeUndefined();
  });
});
