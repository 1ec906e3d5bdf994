import { kindByPlural, kindRules } from '../kinds/index.ts';
import type { KindName } from './kinds.ts';

/**
 * `${…}` expressions in definitions:
 * - `${var.NAME}`: a per-region variable from codeploy.yml;
 * - `${region.name}`, `${region.role}`, `${region.host}`: the region being rendered;
 * - `${<kind plural>.<object name>.<attribute>}`: another defined object. `id` is the object's id in
 *   the region being deployed (known only when applying); `name` and `path` come from its spec.
 * `$${…}` stands for a literal `${…}` (Spark's own `${env:X}` syntax, for one).
 */
export type Reference =
  | { type: 'var'; name: string }
  | { type: 'region'; field: 'name' | 'role' | 'host' }
  | {
      type: 'object';
      kind: KindName;
      name: string;
      attribute: 'id' | 'name' | 'path';
      /** The object's key (`cluster/shared`), made once per expression: each use looks it up. */
      key: string;
    };

/** Global, so findReferences can step through a string with exec from `lastIndex`. */
const REFERENCE_PATTERN = /(\$?)\$\{([^}]*)\}/g;

export interface ReferenceMatch {
  readonly text: string;
  readonly expression: string;
  readonly escaped: boolean;
  /** Where the match starts in the text. */
  readonly index: number;
}

const NONE: readonly ReferenceMatch[] = Object.freeze([]);

/**
 * The matches of each text read so far: a string with a reference is read at load and again for
 * every region, and the matches were a tenth of what an offline plan allocates. Bounded, like
 * `parsed` below.
 */
const matchesOf = new Map<string, readonly ReferenceMatch[]>();

export function findReferences(text: string): readonly ReferenceMatch[] {
  // Most strings hold no reference: skip the regex and the array for them.
  if (!text.includes('${')) return NONE;
  const known = matchesOf.get(text);
  if (known) return known;
  const out: ReferenceMatch[] = [];
  // exec on the one regex rather than matchAll, which makes a regex and an iterator per string.
  REFERENCE_PATTERN.lastIndex = 0;
  for (let m = REFERENCE_PATTERN.exec(text); m !== null; m = REFERENCE_PATTERN.exec(text)) {
    out.push({ text: m[0], expression: m[2] ?? '', escaped: m[1] === '$', index: m.index });
  }
  if (matchesOf.size < 100_000) matchesOf.set(text, out);
  return out;
}

/** Expressions parsed so far: a repo writes the same few (`${clusters.shared.id}`) thousands of times. */
const parsed = new Map<string, Reference | { error: string }>();

/** Parses one expression, or returns a message that says what is wrong with it. */
export function parseReference(expression: string): Reference | { error: string } {
  let result = parsed.get(expression);
  if (!result) {
    result = parseOnce(expression);
    if (parsed.size < 10_000) parsed.set(expression, result);
  }
  return result;
}

function parseOnce(expression: string): Reference | { error: string } {
  const parts = expression.trim().split('.');
  const head = parts[0] ?? '';
  if (head === 'var') {
    if (parts.length !== 2 || !parts[1]) return { error: 'a variable reference is ${var.NAME}' };
    return { type: 'var', name: parts[1] };
  }
  if (head === 'region') {
    const field = parts[1];
    if (parts.length !== 2 || (field !== 'name' && field !== 'role' && field !== 'host')) {
      return { error: 'a region reference is ${region.name}, ${region.role} or ${region.host}' };
    }
    return { type: 'region', field };
  }
  const kind = kindByPlural(head);
  if (!kind) {
    return {
      error: `"${head}" is not var, region or a kind (jobs, clusters, instance-pools, cluster-policies, …)`,
    };
  }
  if (parts.length < 3) return { error: `an object reference is \${${head}.<name>.<attribute>}` };
  const attribute = parts.at(-1) ?? '';
  const name = parts.slice(1, -1).join('.');
  const allowed = attributesOf(kind);
  if (!(allowed as string[]).includes(attribute)) {
    return { error: `a ${kind} has no attribute "${attribute}" (it has ${allowed.join(', ')})` };
  }
  return {
    type: 'object',
    kind,
    name,
    attribute: attribute as 'id' | 'name' | 'path',
    key: `${kind}/${name}`,
  };
}

export function attributesOf(kind: KindName): Array<'id' | 'name' | 'path'> {
  const rules = kindRules(kind);
  if (rules.identity.field === 'path') return ['id', 'path'];
  return rules.nameField ? ['id', 'name'] : ['id'];
}

/** Whether a whole string is a single reference, e.g. an id field written as `${clusters.x.id}`. */
export function isWholeReference(text: string): boolean {
  const refs = findReferences(text);
  return refs.length === 1 && !refs[0]?.escaped && refs[0]?.text === text;
}
