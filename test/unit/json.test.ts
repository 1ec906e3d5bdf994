import { describe, expect, it } from 'vitest';
import { canonicalJson, deepEqual, sortChanged, sortKeys } from '../../src/core/model/json.ts';
import { matchesAny, tableOf } from '../../src/core/model/path.ts';

// The plan decides "no change" with deepEqual; it must agree with the canonical JSON that the state
// record's hashes and the reviewed plan's hash are made of, or a converged object would show a change.
const PAIRS: Array<[unknown, unknown]> = [
  [
    { a: 1, b: [1, { c: 'x' }] },
    { b: [1, { c: 'x' }], a: 1 },
  ],
  [{ a: 1 }, { a: 1, b: undefined }],
  [{ a: 1 }, { a: 2 }],
  [{ a: 1 }, { a: 1, b: null }],
  [
    [1, 2],
    [2, 1],
  ],
  [
    [1, undefined],
    [1, null],
  ],
  [[], {}],
  [{}, null],
  ['1', 1],
  [0, -0],
  [{ a: { b: { c: [true, false] } } }, { a: { b: { c: [true, false] } } }],
  [{ a: { b: { c: [true, false] } } }, { a: { b: { c: [true] } } }],
  [undefined, undefined],
  [undefined, null],
];

describe('sortKeys', () => {
  it('sorts the keys of objects of every size, at every level, and shows each string its path', () => {
    const seen: string[] = [];
    const sorted = sortKeys(
      { b: 1, a: { y: 'y', x: 'x' }, c: [{ k: 'k' }, { z: 2, m: 1, a: 'a' }], '': {} },
      (text, path) => seen.push(`${path.join('.')}=${text}`),
    );
    expect(JSON.stringify(sorted)).toBe(
      '{"":{},"a":{"x":"x","y":"y"},"b":1,"c":[{"k":"k"},{"a":"a","m":1,"z":2}]}',
    );
    expect(seen).toEqual(['a.x=x', 'a.y=y', 'c.0.k=k', 'c.1.a=a']);
  });

  it('never changes its input: an object out of order is copied, with the parents on the way to it', () => {
    const input = { b: 1, a: 2, list: [{ z: 1, y: 2 }] };
    const sorted = sortKeys(input) as typeof input;
    expect(Object.keys(input)).toEqual(['b', 'a', 'list']);
    expect(Object.keys(input.list[0] as object)).toEqual(['z', 'y']);
    expect(sorted).not.toBe(input);
    expect(sorted.list).not.toBe(input.list);
  });

  it('shares what is in order already: an object or array none of whose parts had to change', () => {
    const inOrder = { a: { p: 1, q: [{ x: 1 }] }, b: 'b' };
    expect(sortKeys(inOrder)).toBe(inOrder);
    const mixed = { z: { a: 1 }, y: [{ k: 'k' }] };
    const sorted = sortKeys(mixed) as typeof mixed;
    expect(Object.keys(sorted)).toEqual(['y', 'z']);
    expect(sorted.z).toBe(mixed.z);
    expect(sorted.y).toBe(mixed.y);
  });
});

describe('sortChanged', () => {
  it('sorts only what a change made, and shows only the strings in it', () => {
    const before = { a: { p: 'p', q: 'q' }, list: [{ x: 'x' }, { y: 'y' }], z: 'z' };
    // As a patch or the overlay makes it: the changed levels copied, a key added last.
    const changed = {
      ...before,
      list: [before.list[0], { y: 'y', b: 'new' }],
      z: 'other',
      m: { d: 1, c: 'c' },
    };
    const seen: string[] = [];
    const sorted = sortChanged(changed, before, (text, path) => seen.push(`${path.join('.')}=${text}`));
    expect(JSON.stringify(sorted)).toBe(JSON.stringify(sortKeys(changed)));
    expect(seen).toEqual(['list.1.b=new', 'm.c=c', 'z=other']);
    const out = sorted as typeof changed;
    expect(out.a).toBe(before.a);
    expect(out.list[0]).toBe(before.list[0]);
  });

  it('is sortKeys when there is nothing before, and the value itself when nothing changed', () => {
    const value = { b: [{ d: 1, c: 2 }], a: 'a' };
    expect(JSON.stringify(sortChanged(value, undefined))).toBe(JSON.stringify(sortKeys(value)));
    const sorted = sortKeys(value);
    expect(sortChanged(sorted, sorted, () => expect.unreachable())).toBe(sorted);
  });
});

describe('deepEqual', () => {
  it.each(PAIRS)('agrees with canonical JSON: %j and %j', (a, b) => {
    expect(deepEqual(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
    expect(deepEqual(b, a)).toBe(deepEqual(a, b));
  });

  it('tells a changed nested field from an unchanged object', () => {
    const job = { name: 'etl', tasks: [{ task_key: 'a', timeout_seconds: 0 }] };
    expect(deepEqual(job, structuredClone(job))).toBe(true);
    expect(deepEqual(job, { ...job, tasks: [{ task_key: 'a', timeout_seconds: 60 }] })).toBe(false);
  });
});

describe('field-rule patterns', () => {
  it('find the first pattern in the order given, whether it names the last key or ends in a wildcard', () => {
    const defaults = { 'tasks[].*': 'any', 'tasks[].run_if': 'ALL_SUCCESS', timeout_seconds: 0 };
    const table = tableOf<string | number>(defaults);
    expect(table.first(['tasks', 0, 'run_if'])).toBe('any');
    expect(table.first(['timeout_seconds'])).toBe(0);
    expect(table.first(['tasks', 0])).toBeUndefined();
    const named = tableOf<string>({ 'tasks[].run_if': 'ALL_SUCCESS', 'tasks[].*': 'any' });
    expect(named.first(['tasks', 3, 'run_if'])).toBe('ALL_SUCCESS');
    expect(named.first(['tasks', 3, 'x'])).toBe('any');
    expect(matchesAny(['**.spark_conf', 'name'], ['tasks', 0, 'new_cluster', 'spark_conf'])).toBe(true);
    expect(matchesAny(['**.spark_conf', 'name'], ['tasks', 0, 'new_cluster'])).toBe(false);
  });
});
