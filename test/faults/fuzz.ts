import { memoryFileSource } from '../../src/adapters/memory-files.ts';
import { Diagnostics } from '../../src/core/model/diagnostics.ts';
import { loadProject, renderProject } from '../../src/core/project.ts';
import { exampleFiles } from '../support/project.ts';
import { random } from '../support/random.ts';
import { newRow, type Row } from './row.ts';

/** Fragments a hostile or careless edit might leave in YAML. */
const FRAGMENTS = [
  '*nope',
  '&a [*a]',
  '{',
  '}',
  '[',
  ': :',
  '---',
  '...',
  '!!binary AAAA',
  '!!python/object:os.system',
  '${var.missing}',
  '${jobs.nope.id}',
  '$${var.x}',
  '$&',
  '~',
  'null',
  '-1e400',
  '9'.repeat(400),
  '"\\u0000"',
  '<<: *a',
  '? complex key',
  '\t',
  '{a,b}{c,d}',
  '**a**a**a**a**a**a**a**b',
  '/proc/self/environ',
  '../../etc/passwd',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]',
];

type Mutation = (text: string, rnd: () => number) => string;

const pick = <T>(xs: readonly T[], rnd: () => number): T => xs[Math.floor(rnd() * xs.length)] as T;

const MUTATIONS: Mutation[] = [
  // Lines: dropped, doubled, swapped, re-indented.
  (t, rnd) => {
    const lines = t.split('\n');
    lines.splice(Math.floor(rnd() * lines.length), 1);
    return lines.join('\n');
  },
  (t, rnd) => {
    const lines = t.split('\n');
    const i = Math.floor(rnd() * lines.length);
    lines.splice(i, 0, lines[i] ?? '');
    return lines.join('\n');
  },
  (t, rnd) => {
    const lines = t.split('\n');
    const i = Math.floor(rnd() * lines.length);
    lines[i] = `${' '.repeat(Math.floor(rnd() * 6))}${(lines[i] ?? '').trimStart()}`;
    return lines.join('\n');
  },
  // Characters: a fragment dropped in, a value replaced, the text cut short.
  (t, rnd) => {
    const at = Math.floor(rnd() * t.length);
    return `${t.slice(0, at)}${pick(FRAGMENTS, rnd)}${t.slice(at)}`;
  },
  (t, rnd) => {
    const lines = t.split('\n');
    const i = Math.floor(rnd() * lines.length);
    const line = lines[i] ?? '';
    const colon = line.indexOf(': ');
    if (colon > 0) lines[i] = `${line.slice(0, colon + 2)}${pick(FRAGMENTS, rnd)}`;
    return lines.join('\n');
  },
  (t, rnd) => t.slice(0, Math.floor(rnd() * t.length)),
  (t, rnd) => {
    const at = Math.floor(rnd() * t.length);
    return t.slice(0, at) + t.slice(at + 1 + Math.floor(rnd() * 5));
  },
];

/**
 * Thousands of mutated live-config repos, loaded, validated and rendered in-process: the outcome is
 * either a valid project or diagnostics that each name a file and a line. A thrown error is a crash
 * (the user would see a stack trace or "internal"); a diagnostic without a location is a failure.
 */
export function fuzzInputs(trials: number): Row {
  const out = newRow('mutated definitions and configs');
  const base = exampleFiles();
  const names = Object.keys(base).filter((p) => /\.(ya?ml|json)$/.test(p));
  for (let trial = 0; trial < trials; trial++) {
    const rnd = random(trial + 1);
    const files = { ...base };
    const edits = 1 + Math.floor(rnd() * 3);
    for (let e = 0; e < edits; e++) {
      const name = pick(names, rnd);
      files[name] = pick(MUTATIONS, rnd)(files[name] ?? '', rnd);
    }
    out.trials++;
    try {
      const diags = new Diagnostics();
      const project = loadProject('codeploy.yml', memoryFileSource(files), diags);
      if (project) renderProject(project, diags);
      const unlocated = diags.errors.filter((d) => !d.location?.file || !d.location.line);
      if (unlocated.length > 0) {
        out.failures++;
        if (out.failures <= 3)
          console.error(`trial ${trial}: an error without a file and line: ${unlocated[0]?.message}`);
      }
    } catch (err) {
      out.crashes++;
      if (out.crashes <= 3)
        console.error(`trial ${trial}: crashed: ${err instanceof Error ? err.stack : String(err)}`);
    }
  }
  return out;
}
