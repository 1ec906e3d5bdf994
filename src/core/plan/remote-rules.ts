import type { FieldRules } from '../kinds/types.ts';
import { deepEqual, isObject, type Json, type JsonObject } from '../model/json.ts';
import { rulesTable, type Segment, tableOf } from '../model/path.ts';

/** The key field of a keyed array at `path` (`tasks` → `task_key`), if the rules name one. */
export function keyFieldAt(rules: FieldRules, path: readonly Segment[]): string | undefined {
  return tableOf(rules.keyedArrays).first(path);
}

/**
 * What the workspace holds, with the server's own doings taken out, so that the two-way diff against
 * the desired spec shows only real differences. Three trees are walked together (keyed arrays matched
 * by key): the observed spec, the desired one, and the one codeploy last applied (`undefined` when
 * there is no record of the object, as when adopting it).
 * - `ignoreRemote`: the observed value is replaced by the desired one unless the config changed the
 *   field since the last apply; without a record, always.
 * - `backendDefaults`: while the desired spec leaves the field out, the observed value is dropped.
 * - `aliases`: an observed value the desired one is stored as reads as the desired one.
 */
export function reconcileRemote(
  rules: FieldRules,
  observed: JsonObject,
  desired: JsonObject,
  applied: JsonObject | undefined,
): JsonObject {
  if (!rules.backendDefaults?.length && !rules.ignoreRemote?.length && !rules.aliases?.length)
    return observed;
  return walk(rules, observed, desired, applied, applied !== undefined, []) as JsonObject;
}

function walk(
  rules: FieldRules,
  o: Json,
  d: Json | undefined,
  a: Json | undefined,
  recorded: boolean,
  path: Segment[],
): Json {
  if (isObject(o)) {
    const out: JsonObject = {};
    const want = isObject(d) ? d : {};
    const last = isObject(a) ? a : {};
    for (const key in o) {
      const value = o[key] as Json;
      const wanted = want[key];
      // What the config wants, the workspace holds (most fields read back): kept, with no path made.
      if (wanted !== undefined && deepEqual(value, wanted)) {
        out[key] = value;
        continue;
      }
      const settled = settle(rules, value, wanted, last[key], recorded, [...path, key]);
      if (settled !== undefined) out[key] = settled;
    }
    // A field the server never reads back (a Git folder's tag) is as the config last set it.
    if (rules.ignoreRemote) {
      const ignored = rulesTable(rules.ignoreRemote);
      for (const key in want) {
        if (key in o || !ignored.first([...path, key])) continue;
        const value = want[key] as Json;
        if (!recorded || deepEqual(last[key] ?? null, value)) out[key] = value;
      }
    }
    return out;
  }
  const keyField = Array.isArray(o) ? keyFieldAt(rules, path) : undefined;
  if (Array.isArray(o) && keyField) {
    const keyOf = (item: Json) => (isObject(item) ? item[keyField] : undefined);
    const find = (list: Json | undefined, key: Json | undefined) =>
      Array.isArray(list) && key !== undefined ? list.find((x) => keyOf(x) === key) : undefined;
    return o.map((item, i) =>
      walk(rules, item, find(d, keyOf(item)), find(a, keyOf(item)), recorded, [...path, i]),
    );
  }
  return o;
}

/** One observed field under the rules; `undefined` drops it. */
function settle(
  rules: FieldRules,
  value: Json,
  want: Json | undefined,
  last: Json | undefined,
  recorded: boolean,
  path: Segment[],
): Json | undefined {
  // (A value equal to what the config wants never comes here: `walk` keeps it, as every rule below would.)
  if (rules.ignoreRemote && rulesTable(rules.ignoreRemote).first(path)) {
    const configChanged = recorded && !deepEqual(last ?? null, want ?? null);
    if (!configChanged) return want;
  }
  if (want === undefined) {
    const fill = rules.backendDefaults && rulesTable(rules.backendDefaults).first(path);
    if (fill && (!fill.values || fill.values.some((v) => deepEqual(v, value)))) return undefined;
  }
  const alias =
    rules.aliases &&
    rulesTable(rules.aliases)
      .all(path)
      .find((r) => deepEqual(r.value, want ?? null) && r.readsBackAs.some((v) => deepEqual(v, value)));
  if (alias) return want;
  return walk(rules, value, want, last, recorded, path);
}
