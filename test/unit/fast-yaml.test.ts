import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parseDocuments } from '../../src/core/load/documents.ts';
import { fastParse } from '../../src/core/load/fast-yaml.ts';
import { Diagnostics } from '../../src/core/model/diagnostics.ts';

/** What the `yaml` library (the reference: its tree gives the positions) reads from each document. */
function reference(text: string): unknown[] {
  const docs = parseAllDocuments(text, { uniqueKeys: true, merge: false });
  return Array.isArray(docs) ? docs.map((d) => d.toJS()) : [];
}

describe('the fast YAML path', () => {
  // Scalars where YAML 1.1, js-yaml's own schema and YAML 1.2's core schema part ways.
  const scalars = [
    'a: 1_000',
    'a: 0b101',
    'a: 0x1F',
    'a: -0x1',
    'a: 0o17',
    'a: 017',
    'a: .inf',
    'a: -.Inf',
    'a: 1e3',
    'a: -.5e-3',
    'a: +.5',
    'a: 1.',
    'a: 1.5E+2',
    'a: .NaN',
    'a: 1_0.5',
    'a: .e3',
    'a: +1',
    'a: 2001-12-14',
    'a: yes',
    'a: On',
    'a: ~',
    'a: 12:30',
    'a: 9007199254740993',
    'a: "\\x41"',
    'a: !!str 1',
    "a: 'it''s'",
    'a: |\n  x\n  y\n',
    'a: >-\n  x\n  y\n',
    'a: [1, 2,]',
    'a: {x: 1,}',
    'schedule: { quartz_cron_expression: "0 0 2 * * ?" }',
  ];
  it('reads every short number-like plain scalar as the yaml library does', () => {
    const pieces = [
      '',
      '-',
      '+',
      '.',
      '0',
      '1',
      '7',
      'e',
      'E',
      '_',
      'x',
      'o',
      'inf',
      'nan',
      'NaN',
      'INF',
      'a',
    ];
    const differ: string[] = [];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          // Alone, the plain reader takes it; beside a block scalar, js-yaml does.
          for (const text of [`k: ${a}${b}${c}`, `k: ${a}${b}${c}\nz: |\n  y\n`]) {
            const fast = fastParse(text, 64);
            let expected: unknown[];
            try {
              expected = reference(text);
            } catch {
              continue;
            }
            // The fast path may leave a text to yaml; what it reads must be what yaml reads (NaN aside).
            if (fast && !Object.is((fast[0] as { k: unknown }).k, (expected[0] as { k: unknown }).k))
              differ.push(text);
          }
        }
    expect(differ).toEqual([]);
  });

  it.each(scalars)('reads %j as YAML 1.2 core does', (text) => {
    const diags = new Diagnostics();
    const docs = parseDocuments('x.yml', text, diags);
    expect(diags.errors).toEqual([]);
    expect(docs.map((d) => d.value)).toEqual(reference(text));
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a directive', '%YAML 1.1\n---\na: yes\n'],
    ['an explicit collection key', '? [a, b]\n: 1\n'],
    ['an explicit key in a nested mapping', 'a:\n  ? [b]\n  : 1\n'],
    ['an explicit key in a sequence item', '- ? [a]\n  : 1\n'],
    ['an explicit key in a flow mapping', '{ ? [a] : 1 }\n'],
    ['an explicit key after a flow comma', '{ x: 1, ? [a] : 1 }\n'],
    ['a flow collection as a key', '{[a, b]: 1}\n'],
    ['an explicit null document', 'a: 1\n---\n~\n'],
    ['an empty trailing document', 'a: 1\n---\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a syntax error', 'a: b: c\n'],
    ['an unknown tag', 'a: !custom x\n'],
    ['nesting deeper than the limit', `${'['.repeat(70)}${']'.repeat(70)}\n`],
  ])('leaves %s to the yaml library', (_, text) => {
    expect(fastParse(text, 64)).toBeUndefined();
  });

  it('reads a job with a quartz cron (`? * MON`) the fast way, as yaml reads it', () => {
    const text =
      'kind: job\nname: j\nspec:\n  schedule: { quartz_cron_expression: "0 0 7 ? * MON" }\n  x: 0 0/15 * * * ?\n  y: "? a"\n';
    const fast = fastParse(text, 64);
    expect(fast).toBeDefined();
    expect(fast).toEqual(reference(text));
  });

  it('still points at the line and column of a field, from a file read the fast way', () => {
    const text =
      'kind: job\nname: a\n---\nkind: job\nname: b\nspec:\n  tasks:\n    - task_key: x\n      timeout_seconds: 5\n';
    expect(fastParse(text, 64)).toHaveLength(2);
    const docs = parseDocuments('jobs.yml', text, new Diagnostics());
    expect(docs[1]?.locate(['spec', 'tasks', 0, 'timeout_seconds'])).toEqual({ line: 9, column: 24 });
    expect(docs[1]?.locate(['spec', 'tasks', 0, 'timeout_seconds'], { key: true })).toEqual({
      line: 9,
      column: 7,
    });
    expect(docs[0]?.locate(['name'])).toEqual({ line: 2, column: 7 });
  });
});
