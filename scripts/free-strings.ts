/**
 * Which strings of a kind's spec take any text: read off the kind's schema at build time, so that
 * rendering knows when a string it rewrote (a reference resolved, a storage prefix remapped) needs
 * the rendered spec checked against the schema again (render/index.ts, `recheckSchema`). A string
 * is free when every schema that can apply to it accepts every string: `{type: 'string'}` and
 * nothing else (no enum, pattern, format, length, or a type that is not a string).
 *
 * Strings are found by name, as a rendered string's path gives them:
 * - `keys`: property names whose every schema in the spec is a free string, or a list (of lists)
 *   of free strings: a string whose nearest key is one of them is free;
 * - `maps`: property names whose every schema is a map of free strings (`spark_env_vars`): a string
 *   right under one of them, whatever its own key, is free;
 * - `guarded`: property names with a schema that is a map of values that are not free (and not
 *   objects of their own properties): a string right under one, whatever its key, is not free,
 *   even when that key happens to name a free property elsewhere.
 * A kind whose spec schema decides anything at an object's level by its values (anyOf, oneOf,
 * allOf, not, if, const, enum on something that is not a string) gets no free strings at all, since
 * a string below such a place can change which branch holds.
 */
export interface FreeStrings {
  keys: string[];
  maps: string[];
  guarded: string[];
}

type Schema = Record<string, unknown>;

/** Keywords a free string's schema may have: those that do not constrain the value. */
const PROSE = new Set(['description', 'title', '$comment', 'markdownDescription', 'deprecated', 'examples']);

/** Keywords an object's or a list's schema may have without deciding anything by its values. */
const STRUCTURE = new Set([
  ...PROSE,
  'type',
  'properties',
  'additionalProperties',
  'required',
  'items',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  '$ref',
]);

export function freeStrings(kindSchema: Schema): FreeStrings {
  const definitions = (kindSchema.definitions ?? {}) as Record<string, Schema>;
  const resolve = (schema: Schema): Schema => {
    const ref = schema.$ref;
    if (typeof ref !== 'string') return schema;
    const target = definitions[ref.replace(/^#\/definitions\//, '')];
    if (!target) throw new Error(`unresolved $ref ${ref}`);
    return resolve(target);
  };
  const isFreeString = (schema: Schema): boolean =>
    schema.type === 'string' && Object.keys(schema).every((k) => k === 'type' || PROSE.has(k));
  const isFreeList = (schema: Schema): boolean => {
    if (isFreeString(schema)) return true;
    const items = schema.items;
    return (
      schema.type === 'array' &&
      items !== null &&
      typeof items === 'object' &&
      !Array.isArray(items) &&
      isFreeList(resolve(items as Schema))
    );
  };
  const isFreeMap = (schema: Schema): boolean => {
    const values = schema.additionalProperties;
    return (
      schema.type === 'object' &&
      schema.properties === undefined &&
      values !== null &&
      typeof values === 'object' &&
      isFreeString(resolve(values as Schema))
    );
  };

  // Every schema each property name has anywhere in the spec; and whether the spec decides by value
  // anywhere above its leaves.
  const byName = new Map<string, Schema[]>();
  let decidesByValue = false;
  const seen = new Set<Schema>();
  const visit = (raw: Schema): void => {
    const schema = resolve(raw);
    if (seen.has(schema)) return;
    seen.add(schema);
    const isLeaf = schema.type !== 'object' && schema.type !== 'array' && !('properties' in schema);
    if (!isLeaf && Object.keys(schema).some((k) => !STRUCTURE.has(k))) decidesByValue = true;
    for (const [name, child] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
      byName.set(name, [...(byName.get(name) ?? []), resolve(child)]);
      visit(child);
    }
    const values = schema.additionalProperties;
    if (values && typeof values === 'object') visit(values as Schema);
    const items = schema.items;
    if (items && typeof items === 'object' && !Array.isArray(items)) visit(items as Schema);
  };
  const spec = (kindSchema.properties as Record<string, Schema> | undefined)?.spec;
  if (!spec) return { keys: [], maps: [], guarded: [] };
  visit(spec);
  if (decidesByValue) return { keys: [], maps: [], guarded: [] };
  const isGuardedMap = (schema: Schema): boolean => {
    const values = schema.additionalProperties;
    if (!values || typeof values !== 'object') return false;
    const value = resolve(values as Schema);
    return !isFreeList(value) && !('properties' in value);
  };
  const names = [...byName.keys()].sort();
  return {
    keys: names.filter((n) => (byName.get(n) ?? []).every(isFreeList)),
    maps: names.filter((n) => (byName.get(n) ?? []).every(isFreeMap)),
    guarded: names.filter((n) => (byName.get(n) ?? []).some(isGuardedMap)),
  };
}
