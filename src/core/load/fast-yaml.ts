import jsyaml from 'js-yaml';
import { type Json, sortKeys as sorted } from '../model/json.ts';
import { coreFloat, coreInt } from './core-numbers.ts';
import { readPlainYaml } from './plain-yaml.ts';

/**
 * The fast paths of parsing: first the plain reader (plain-yaml.ts), for the subset most files are
 * written in; then js-yaml, which reads a plain file about ten times faster than the `yaml` library
 * builds its syntax tree (which codeploy needs only to point at a line). js-yaml is taken only
 * where both read the same values; for everything else this returns undefined and the caller takes
 * the `yaml` path, with its checks and messages:
 * - anchors (so aliases, and alias bombs), directives (`%YAML 1.1` changes the schema) and
 *   collection keys (`? [a]`, `{[a]: 1}`: js-yaml would make a string of them) are left to `yaml`;
 * - any error (syntax, duplicate key, an unknown tag) is left to `yaml`, whose message is the one
 *   users see;
 * - an empty or null document (`yaml` skips the one, keeps the other; js-yaml gives null for both);
 * - nesting deeper than `maxDepth`.
 * The scalars follow YAML 1.2's core schema as `yaml` does: js-yaml's own integers also accept
 * `0b101` and `-0x1`, which YAML 1.2 reads as strings, and its floats miss `-.5`. (Checked against
 * `yaml` on every plain scalar of up to four pieces from digits, signs, dots, exponents, `_`, `x`,
 * `o`, `inf` and `nan`: 194,476 scalars, no difference.)
 * With `sortKeys`, every mapping's keys are sorted (see readPlainYaml).
 */
export function fastParse(text: string, maxDepth: number, sortKeys = false): Json[] | undefined {
  const plain = readPlainYaml(text, maxDepth, sortKeys);
  if (plain) return plain;
  if (LEFT_TO_YAML.some(([needle, pattern]) => text.includes(needle) && pattern.test(text))) return undefined;
  let docs: unknown[];
  try {
    docs = jsyaml.loadAll(text, undefined, { schema: CORE_1_2 });
  } catch {
    return undefined;
  }
  for (const doc of docs) if (doc === null || doc === undefined || tooDeep(doc, maxDepth)) return undefined;
  return sortKeys ? docs.map((doc) => sorted(doc) as Json) : (docs as Json[]);
}

/** Each pattern with a character it needs: a search for that is far quicker than the pattern's scan. */
const LEFT_TO_YAML: ReadonlyArray<readonly [string, RegExp]> = [
  ['&', /(^|[\s[{,])&\S/m], // an anchor
  ['%', /^%/m], // a directive
  // An explicit key: `?` where a key can start (a line's start, after a sequence's dashes, or
  // inside a flow collection), not any `?` between spaces: a job's cron says `0 0 7 ? * MON`.
  ['?', /(^|[{[,])[ \t]*(-[ \t]+)*\?(\s|$)/m],
  [':', /[\]}]\s*:(\s|$)/], // a flow collection as a key
];

/** YAML 1.2 core integers and floats (see core-numbers.ts), in place of js-yaml's own. */
const int12 = new jsyaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string) => coreInt(data) !== undefined,
  construct: (data: string) => coreInt(data),
  predicate: (value: unknown) => Number.isInteger(value),
});
const float12 = new jsyaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string) => coreFloat(data) !== undefined,
  construct: (data: string) => coreFloat(data),
  predicate: (value: unknown) => typeof value === 'number' && !Number.isInteger(value),
});

// js-yaml exports its scalar types as `types`; @types/js-yaml does not declare them.
const { types } = jsyaml as unknown as { types: Record<'null' | 'bool', jsyaml.Type> };
const CORE_1_2 = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [types.null, types.bool, int12, float12] });

/** Whether any value lies deeper than `maxDepth` (the root is at 0). */
function tooDeep(value: unknown, maxDepth: number, depth = 0): boolean {
  // Recursion stops past maxDepth, so input nested thousands deep cannot overflow the stack here.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      if (depth >= maxDepth || tooDeep(value[i], maxDepth, depth + 1)) return true;
  } else if (value !== null && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    for (const key in node) if (depth >= maxDepth || tooDeep(node[key], maxDepth, depth + 1)) return true;
  }
  return false;
}
