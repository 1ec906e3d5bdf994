import { matchGlob } from '../load/glob.ts';
import type { JsonPatchOp, Patch } from '../model/config.ts';
import { clone, isObject, type Json, type JsonObject } from '../model/json.ts';
import type { KindName } from '../model/kinds.ts';
import { fromPointer } from '../model/path.ts';

/** Whether a patch's target selector picks the object. */
export function patchApplies(patch: Patch, kind: KindName, name: string): boolean {
  if (patch.target.kind && patch.target.kind !== kind) return false;
  return patch.target.name === undefined || matchGlob(patch.target.name, name);
}

/**
 * RFC 7386 merge patch: objects merge, anything else replaces, and `null` deletes the field. (Asset
 * Bundles cannot remove a field in a target; here a passive region can drop, say, a `schedule`.)
 * Only the levels the patch reaches are copied; the rest is shared with `target`, which rendering
 * never changes in place (a deep copy of every patched spec was most of the patch's cost).
 */
export function mergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return clone(patch);
  const out: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key] ?? null, value);
  }
  return out;
}

export class PatchError extends Error {
  override name = 'PatchError';
}

/** RFC 6902 JSON Patch. Throws PatchError naming the failing operation. */
export function jsonPatch(doc: Json, ops: readonly JsonPatchOp[]): Json {
  let out = clone(doc);
  for (const [i, op] of ops.entries()) {
    const fail = (why: string): never => {
      throw new PatchError(`operation ${i} (${op.op} ${op.path}): ${why}`);
    };
    const path = fromPointer(op.path);
    switch (op.op) {
      case 'add':
        out = put(out, path, op.value ?? null, 'add', fail);
        break;
      case 'replace':
        if (get(out, path) === undefined) fail('no value at that path');
        out = put(out, path, op.value ?? null, 'replace', fail);
        break;
      case 'remove':
        out = remove(out, path, fail);
        break;
      case 'move':
      case 'copy': {
        if (op.from === undefined) fail('"from" is required');
        const from = fromPointer(op.from ?? '');
        const value = get(out, from) as Json;
        if (value === undefined) fail(`no value at ${op.from}`);
        if (op.op === 'move') out = remove(out, from, fail);
        out = put(out, path, clone(value), 'add', fail);
        break;
      }
      case 'test':
        if (JSON.stringify(get(out, path)) !== JSON.stringify(op.value)) fail('test failed');
        break;
    }
    // Each `copy` can double the object: twenty of them make a million copies. Checked after every
    // operation, so the object is never more than twice the limit.
    if (exceeds(out, MAX_PATCHED_VALUES))
      fail(`the object grows past ${MAX_PATCHED_VALUES} values (copies of copies?)`);
  }
  return out;
}

/** The most values (objects, arrays, scalars) an object may hold after a JSON patch. */
export const MAX_PATCHED_VALUES = 100_000;

/** Whether `doc` holds more than `limit` values; stops counting as soon as it does. */
function exceeds(doc: Json, limit: number): boolean {
  let count = 0;
  const stack: Json[] = [doc];
  while (stack.length > 0) {
    const cur = stack.pop() as Json;
    if (++count > limit) return true;
    const children = Array.isArray(cur) ? cur : isObject(cur) ? Object.values(cur) : [];
    for (const child of children) stack.push(child);
  }
  return false;
}

type Segment = string | number;

function get(doc: Json, path: Segment[]): Json | undefined {
  let cur: Json | undefined = doc;
  for (const seg of path) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isObject(cur)) cur = cur[String(seg)];
    else return undefined;
  }
  return cur;
}

function put(
  doc: Json,
  path: Segment[],
  value: Json,
  mode: 'add' | 'replace',
  fail: (why: string) => never,
): Json {
  if (path.length === 0) return value;
  const parent = get(doc, path.slice(0, -1));
  const last = path.at(-1) as Segment;
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length) fail(`index ${last} out of range`);
    if (mode === 'add') parent.splice(index, 0, value);
    else parent[index] = value;
  } else if (isObject(parent)) parent[String(last)] = value;
  else fail('the parent of that path does not exist');
  return doc;
}

function remove(doc: Json, path: Segment[], fail: (why: string) => never): Json {
  const parent = get(doc, path.slice(0, -1));
  const last = path.at(-1) as Segment;
  if (Array.isArray(parent) && Number(last) < parent.length) parent.splice(Number(last), 1);
  else if (isObject(parent) && String(last) in parent) delete parent[String(last)];
  else fail('no value at that path');
  return doc;
}
