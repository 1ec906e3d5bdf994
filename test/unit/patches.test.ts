import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/core/model/diagnostics.ts';
import { jsonPatch, mergePatch, PatchError } from '../../src/core/render/patches.ts';
import { loadAndRender, minimalConfig } from '../support/project.ts';

describe('merge patches (RFC 7386)', () => {
  it('merges objects, replaces arrays and deletes a field on null', () => {
    expect(
      mergePatch({ a: { b: 1, c: 2 }, l: [1, 2], s: { x: 1 } }, { a: { c: null, d: 3 }, l: [3], s: null }),
    ).toEqual({
      a: { b: 1, d: 3 },
      l: [3],
    });
  });

  it('leaves its target as it was (the definition is shared by every region)', () => {
    const target = { a: { b: 1, c: 2 }, keep: { deep: [1] }, s: { x: 1 } };
    const before = structuredClone(target);
    const out = mergePatch(target, { a: { c: null }, s: null, n: { m: 1 } });
    expect(target).toEqual(before);
    expect(out).toEqual({ a: { b: 1 }, keep: { deep: [1] }, n: { m: 1 } });
  });
});

describe('JSON patches (RFC 6902)', () => {
  const doc = { spec: { tasks: [{ k: 'a' }, { k: 'b' }], n: 1 } };
  it('applies add, replace, remove, move, copy and test in order', () => {
    expect(
      jsonPatch(doc, [
        { op: 'test', path: '/spec/n', value: 1 },
        { op: 'add', path: '/spec/tasks/-', value: { k: 'c' } },
        { op: 'replace', path: '/spec/n', value: 2 },
        { op: 'remove', path: '/spec/tasks/0' },
        { op: 'copy', from: '/spec/n', path: '/spec/m' },
        { op: 'move', from: '/spec/m', path: '/spec/o' },
      ]),
    ).toEqual({ spec: { tasks: [{ k: 'b' }, { k: 'c' }], n: 2, o: 2 } });
    expect(doc.spec.n).toBe(1); // the input is never changed
  });
  it('names the failing operation', () => {
    expect(() => jsonPatch(doc, [{ op: 'replace', path: '/spec/missing', value: 1 }])).toThrow(PatchError);
    expect(() => jsonPatch(doc, [{ op: 'test', path: '/spec/n', value: 5 }])).toThrow(
      'operation 0 (test /spec/n): test failed',
    );
  });
});

describe('region patches', () => {
  const config = minimalConfig().replace(
    '    markers: [us-west-2]\n',
    `    markers: [us-west-2]
    patches:
      - target: { kind: job, name: "nightly-*" }
        merge: { spec: { schedule: null, tags: { dr: "true" } } }
      - target: { name: nightly-a }
        json_patch: [{ op: replace, path: /spec/tasks/0/task_key, value: renamed }]
      - target: { kind: job, name: other }
        json_patch: [{ op: add, path: /spec/description, value: standby }]
`,
  );
  const job = (name: string) =>
    `kind: job\nname: ${name}\npassive: run\nspec:\n  schedule: { quartz_cron_expression: "0 0 * * * ?", timezone_id: UTC }\n  tasks: [{ task_key: t, notebook_task: { notebook_path: /x } }]\n`;

  it('apply in order to the objects their selector picks, only in their region', () => {
    const { regions, errors } = loadAndRender({
      'codeploy.yml': config,
      'definitions/a.yml': `${job('nightly-a')}---\n${job('daily-b')}---\n${job('other')}`,
    });
    expect(errors).toEqual([]);
    const [primary, secondary] = regions;
    expect(primary?.objects[0]?.spec.schedule).toBeDefined();
    const patched = secondary?.objects[0]?.spec;
    expect(patched).not.toHaveProperty('schedule');
    expect(patched?.tags).toEqual({ dr: 'true' });
    expect((patched?.tasks as Array<{ task_key: string }> | undefined)?.[0]?.task_key).toBe('renamed');
    expect(secondary?.objects[1]?.spec.schedule).toBeDefined();
  });

  it('that cannot apply are errors pointing at the patch in codeploy.yml', () => {
    const bad = config.replace(
      '{ op: add, path: /spec/description, value: standby }',
      '{ op: remove, path: /spec/nope }',
    );
    const { errors } = loadAndRender({
      'codeploy.yml': bad,
      'definitions/a.yml': `${job('nightly-a')}---\n${job('other')}`,
    });
    expect(errors.map(formatDiagnostic)).toEqual([
      'codeploy.yml:18:1: error: regions.secondary.patches[2]: patch 2 of region "secondary" does not apply to job "other": operation 0 (remove /spec/nope): no value at that path (expected paths that exist in the object ({spec, permissions})) [patch]',
    ]);
  });

  it('that add an unknown field are caught by the schema check after rendering', () => {
    const bad = config.replace('tags: { dr: "true" }', 'tagz: { dr: "true" }');
    const { errors } = loadAndRender({
      'codeploy.yml': bad,
      'definitions/a.yml': `${job('nightly-a')}---\n${job('other')}`,
    });
    expect(errors.map((e) => e.message)).toEqual(['unknown field "tagz" (did you mean "tags"?)']);
  });

  it('whose target matches no definition are errors at the patch (a typo would leave a region unpatched)', () => {
    const { errors } = loadAndRender({ 'codeploy.yml': config, 'definitions/a.yml': job('nightly-a') });
    expect(errors.map(formatDiagnostic)).toEqual([
      'codeploy.yml:18:1: error: regions.secondary.patches[2].target: patch 2 of region "secondary" targets job other, which matches no definition (expected a target kind and name glob that match at least one definition) [patch]',
    ]);
  });
});
