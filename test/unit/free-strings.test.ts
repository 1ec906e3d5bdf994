import { describe, expect, it } from 'vitest';
import { freeStrings } from '../../scripts/free-strings.ts';
import { freeStringTable, isFreeString } from '../../src/core/validate/free-strings.ts';
import { loadAndRender, minimalConfig } from '../support/project.ts';

const STRING = { type: 'string' };
const ENUM = {
  anyOf: [
    { type: 'string', enum: ['A', 'B'] },
    { type: 'string', pattern: '^\\$\\{[^}]+\\}$' },
  ],
};

function kind(spec: object, definitions: object = {}) {
  return { properties: { kind: { const: 'x' }, spec }, definitions };
}

describe('free strings, read off a kind schema', () => {
  it('are the names whose every schema takes any string, maps of them, and maps that constrain', () => {
    const spec = {
      type: 'object',
      properties: {
        name: { type: 'string', description: 'free' },
        path: { type: 'string', pattern: '^/' },
        mode: ENUM,
        size: { type: ['number', 'string'], pattern: '^\\$\\{[^}]+\\}$' },
        tags: { type: 'array', items: STRING },
        env: { type: 'object', additionalProperties: STRING },
        levels: { type: 'object', additionalProperties: ENUM },
        task: { $ref: '#/definitions/task' },
      },
    };
    // `name` is also an enum inside a task: not free anywhere, as paths find it by name.
    const task = { type: 'object', properties: { name: ENUM, notebook_path: STRING } };
    expect(freeStrings(kind(spec, { task }))).toEqual({
      keys: ['notebook_path', 'tags'],
      maps: ['env'],
      guarded: ['levels'],
    });
  });

  it('are none where the spec decides by a value above its leaves', () => {
    const spec = {
      type: 'object',
      anyOf: [{ required: ['a'] }, { required: ['b'] }],
      properties: { a: STRING, b: STRING },
    };
    expect(freeStrings(kind(spec))).toEqual({ keys: [], maps: [], guarded: [] });
  });

  it('are found in a path by its nearest key and the map it sits in', () => {
    const job = freeStringTable('job');
    expect(isFreeString(job, ['tasks', 0, 'notebook_task', 'notebook_path'])).toBe(true);
    expect(isFreeString(job, ['tasks', 0, 'notebook_task', 'base_parameters', 'anything'])).toBe(true);
    expect(isFreeString(job, ['format'])).toBe(false);
    expect(isFreeString(job, ['max_concurrent_runs'])).toBe(false);
    expect(isFreeString(job, ['spec', 'name'], 1)).toBe(true);
    expect(isFreeString(job, [0])).toBe(false);
  });
});

describe('a string rendering rewrote', () => {
  const config = minimalConfig()
    .replace(
      '    markers: [us-east-1]\n',
      '    markers: [us-east-1]\n    variables: { fmt: MULTI_TASK, n: "2" }\n',
    )
    .replace(
      '    markers: [us-west-2]\n',
      '    markers: [us-west-2]\n    variables: { fmt: BOGUS, n: "2" }\n',
    );

  it('is checked against the schema again where the schema constrains it', () => {
    const { errors } = loadAndRender({
      'codeploy.yml': config,
      'definitions/j.yml': 'kind: job\nname: j\nspec:\n  format: ${var.fmt}\n  timeout_seconds: ${var.n}\n',
    });
    const found = errors.map((e) => `${e.path}: ${e.message}`);
    // The enum holds in the primary only; a number written as a variable is a string in both.
    expect(found.filter((f) => f.startsWith('spec.format'))).toHaveLength(1);
    expect(found.filter((f) => f.startsWith('spec.timeout_seconds'))).toHaveLength(2);
  });

  it('may hold any text where the schema takes any string', () => {
    const { errors, regions } = loadAndRender({
      'codeploy.yml': config,
      'definitions/j.yml':
        'kind: job\nname: j\nspec:\n  description: ${var.fmt}\n  tasks:\n    - task_key: t\n      notebook_task: { notebook_path: "/x/${var.fmt}", base_parameters: { p: "${var.fmt}" } }\n',
    });
    expect(errors).toEqual([]);
    expect(regions[1]?.objects[0]?.spec.description).toBe('BOGUS');
  });
});
