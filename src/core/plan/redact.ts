import { isObject, type Json } from '../model/json.ts';
import { fromPointer, matchesAny, type Path, type Segment } from '../model/path.ts';

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
  if (typeof value === 'string' && SECRET_REFERENCE.test(value)) return false;
  if (rules.pointers.some((p) => startsWith(path, fromPointer(p)))) return true;
  if (matchesAny(rules.patterns, path)) return true;
  if (isObject(value) || Array.isArray(value)) return false;
  return CREDENTIAL_NAME.test(ownKey(path));
}

/**
 * The key that names a value: its own, or for a cluster-policy rule's `value`/`defaultValue` the
 * rule's key (`spark_conf.…Password: {type: fixed, value: …}`).
 */
function ownKey(path: Path): string {
  const keys = path.filter((s): s is string => typeof s === 'string');
  const last = keys.at(-1) ?? '';
  return (last === 'value' || last === 'defaultValue') && keys.length > 1 ? (keys.at(-2) ?? '') : last;
}

function startsWith(path: Path, prefix: Segment[]): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => String(seg) === String(path[i]));
}

/** A copy of a spec with every sensitive value replaced by a fixed marker. */
export function redactSpec(value: Json, rules: SensitivityRules, path: Segment[] = []): Json {
  if (Array.isArray(value)) return value.map((v, i) => redactSpec(v, rules, [...path, i]));
  if (isObject(value)) {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactSpec(v, rules, [...path, k]);
    return out;
  }
  return isSensitive(path, value, rules) ? REDACTED : value;
}
