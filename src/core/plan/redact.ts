import { isObject, type Json } from '../model/json.ts';
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

/** A copy of a spec with every sensitive value replaced by a fixed marker. */
export function redactSpec(value: Json, rules: SensitivityRules, at: Path = []): Json {
  return mapLeaves(value, (leaf, path) => (isSensitive(path, leaf, rules) ? REDACTED : leaf), at);
}
