import { fieldsBefore, isObject, type Json, type JsonObject } from '../model/json.ts';
import { fromPointer, matchesAny, type Path, type Segment } from '../model/path.ts';
import { mapLeaves } from '../model/walk.ts';

export const REDACTED = '(sensitive value)';

/** A map key named like this holds a credential (spark_conf, env vars, tags, parameters…). */
const CREDENTIAL_NAME =
  /(password|passwd|secret|token|credential|private[._-]?key|access[._-]?key|account[._-]?key|sas[._-]?key|api[._-]?key)/i;

/** A Databricks secret reference names a secret but holds none: safe to show. */
const SECRET_REFERENCE = /^\{\{secrets\/[^}]+\}\}$/;

export interface SensitivityRules {
  /** JSON pointers into the spec from the definition's `sensitive` list. */
  pointers: readonly string[];
  /** Patterns from the kind's field rules. */
  patterns: readonly string[];
}

/** Whether the value at `path` (inside a spec) must never be shown. */
export function isSensitive(path: Path, value: unknown, rules: SensitivityRules): boolean {
  if (typeof value === 'string' && value.startsWith('{{') && SECRET_REFERENCE.test(value)) return false;
  if (rules.pointers.length > 0 && rules.pointers.some((p) => startsWith(path, fromPointer(p)))) return true;
  if (rules.patterns.length > 0 && matchesAny(rules.patterns, path)) return true;
  if (isObject(value) || Array.isArray(value)) return false;
  return namesCredential(ownKey(path));
}

/** Keys asked about so far: a plan asks about the same few hundred keys for every leaf it shows. */
const credentialKeys = new Map<string, boolean>();

function namesCredential(key: string): boolean {
  let named = credentialKeys.get(key);
  if (named === undefined) {
    named = CREDENTIAL_NAME.test(key);
    if (credentialKeys.size < 10_000) credentialKeys.set(key, named);
  }
  return named;
}

/**
 * The key that names a value: its own, or for a cluster-policy rule's `value`/`defaultValue` the
 * rule's key (`spark_conf.…Password: {type: fixed, value: …}`).
 */
function ownKey(path: Path): string {
  let last: string | undefined;
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg !== 'string') continue;
    if (last === undefined) {
      last = seg;
      if (last !== 'value' && last !== 'defaultValue') return last;
    } else return seg;
  }
  return last ?? '';
}

function startsWith(path: Path, prefix: Segment[]): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => String(seg) === String(path[i]));
}

/**
 * A copy of a spec with every sensitive value replaced by a fixed marker. As a spec's walks do, it
 * copies only what changes: most specs have nothing to hide, and come back as they are.
 */
export function redactSpec(value: Json, rules: SensitivityRules, at: Path = []): Json {
  if (rules.pointers.length > 0 || rules.patterns.length > 0)
    return mapLeaves(value, (leaf, path) => (isSensitive(path, leaf, rules) ? REDACTED : leaf), at);
  return redactByKeys(value, ownKey(at), lastKey(at));
}

/**
 * redactSpec when only the keys can make a value sensitive (no pointers, no patterns: every spec a
 * plan shows but those that list `sensitive` fields): isSensitive's own-key rule carried down the
 * walk, so no leaf's path is read again. A plan showed each created object through isSensitive,
 * and that was a tenth of an offline plan's CPU. `named` is ownKey of the value's path, `last` the
 * path's last key.
 */
function redactByKeys(value: Json, named: string, last: string | undefined): Json {
  if (Array.isArray(value)) {
    let out: Json[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i] as Json;
      const shown = redactByKeys(item, named, last);
      if (shown !== item && !out) out = value.slice(0, i);
      if (out) out.push(shown);
    }
    return out ?? value;
  }
  if (isObject(value)) {
    let out: JsonObject | undefined;
    for (const key in value) {
      const field = value[key] as Json;
      const shown = redactByKeys(field, key === 'value' || key === 'defaultValue' ? (last ?? key) : key, key);
      if (shown !== field && !out) out = fieldsBefore(value, key);
      if (out) out[key] = shown;
    }
    return out ?? value;
  }
  if (typeof value === 'string' && value.startsWith('{{') && SECRET_REFERENCE.test(value)) return value;
  return namesCredential(named) ? REDACTED : value;
}

/** The path's last key (not an index), if it has one. */
function lastKey(path: Path): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === 'string') return seg;
  }
  return undefined;
}
