import type { FieldRules } from '../kinds/types.ts';
import { deepEqual, isObject, type Json } from '../model/json.ts';
import { matchesAny, matchPath, type Segment, tableOf } from '../model/path.ts';
import { redactSpec, type SensitivityRules } from './redact.ts';
import { keyFieldAt } from './remote-rules.ts';
import type { FieldChange } from './types.ts';

/**
 * Compares two specs of one kind under that kind's field rules:
 * - a field left out on one side counts as its server default (`serverDefaults`);
 * - `ignored` fields are never compared;
 * - arrays in `keyedArrays` are matched item by item on their key, so re-ordering tasks is no change
 *   and a change inside one task shows as that task's field;
 * - any other array is compared as a whole value;
 * - a change at or under a `recreateOn` field is marked `forces_recreate`.
 * Sensitive values are redacted in the result.
 */
export function diffSpec(
  rules: FieldRules,
  before: Json | undefined,
  after: Json | undefined,
  sensitivity: SensitivityRules,
  prefix = 'spec',
): FieldChange[] {
  // Equal throughout, no field can differ: one comparison instead of a walk (a converged object).
  if (before !== undefined && after !== undefined && deepEqual(before, after)) return [];
  const out: FieldChange[] = [];
  walk(rules, before, after, [], prefix, sensitivity, out);
  return out;
}

function walk(
  rules: FieldRules,
  a: Json | undefined,
  b: Json | undefined,
  path: Segment[],
  display: string,
  sensitivity: SensitivityRules,
  out: FieldChange[],
): void {
  if (path.length > 0 && matchesAny(rules.ignored, path)) return;
  if (a === undefined && b === undefined) return;
  if (isObject(a) && isObject(b)) {
    // Both sides' keys, each once, in order: one array rather than a set and three copies.
    const keys = Object.keys(a);
    for (const key in b) if (!Object.hasOwn(a, key)) keys.push(key);
    keys.sort();
    for (const key of keys) {
      const x = a[key];
      const y = b[key];
      // Equal on both sides: nothing under it can differ (most of a converged object).
      if (x !== undefined && y !== undefined && deepEqual(x, y)) continue;
      const childPath = [...path, key];
      // A server default stands in only for a side that leaves the field out.
      const fallback = x === undefined || y === undefined ? serverDefaultAt(rules, childPath) : undefined;
      walk(rules, x ?? fallback, y ?? fallback, childPath, join(display, key), sensitivity, out);
    }
    return;
  }
  const keyField = Array.isArray(a) && Array.isArray(b) ? keyFieldAt(rules, path) : undefined;
  if (keyField && Array.isArray(a) && Array.isArray(b)) {
    diffKeyed(rules, a, b, keyField, path, display, sensitivity, out);
    return;
  }
  if (deepEqual(a, b)) return;
  const change: FieldChange = {
    path: display,
    action: a === undefined ? 'add' : b === undefined ? 'remove' : 'change',
    ...(a !== undefined ? { old: shown(path, a, sensitivity) } : {}),
    ...(b !== undefined ? { new: shown(path, b, sensitivity) } : {}),
  };
  if (rules.recreateOn.some((p) => forcesRecreate(p, path))) change.forces_recreate = true;
  out.push(change);
}

function diffKeyed(
  rules: FieldRules,
  a: Json[],
  b: Json[],
  keyField: string,
  path: Segment[],
  display: string,
  sensitivity: SensitivityRules,
  out: FieldChange[],
): void {
  const keyOf = (item: Json, i: number) =>
    isObject(item) && item[keyField] !== undefined ? String(item[keyField]) : `#${i}`;
  const before = new Map(a.map((item, i) => [keyOf(item, i), { item, i }]));
  const after = new Map(b.map((item, i) => [keyOf(item, i), { item, i }]));
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  for (const key of keys) {
    const x = before.get(key);
    const y = after.get(key);
    // An item equal on both sides (most tasks of a converged job) holds no change.
    if (x && y && deepEqual(x.item, y.item)) continue;
    // Patterns like `tasks[].x` match any index; the index of whichever side exists is used.
    const index = y?.i ?? x?.i ?? 0;
    walk(rules, x?.item, y?.item, [...path, index], `${display}[${keyField}=${key}]`, sensitivity, out);
  }
}

/** The value the server gives a field left out, when the kind's rules name one. */
export function serverDefaultAt(rules: FieldRules, path: readonly Segment[]): Json | undefined {
  return tableOf(rules.serverDefaults).first(path);
}

/** A change to `storage` or anything under it forces a recreate when `storage` is listed. */
function forcesRecreate(pattern: string, path: Segment[]): boolean {
  for (let n = 1; n <= path.length; n++) if (matchPath(pattern, path.slice(0, n))) return true;
  return false;
}

function shown(path: Segment[], value: Json, sensitivity: SensitivityRules): Json {
  return redactSpec(value, sensitivity, path);
}

function join(display: string, key: string): string {
  return /^[A-Za-z_][\w-]*$/.test(key) ? `${display}.${key}` : `${display}[${JSON.stringify(key)}]`;
}
