import { kindRules } from '../kinds/index.ts';
import type { FieldRules } from '../kinds/types.ts';
import { deepEqual, isObject, type Json, type JsonObject } from '../model/json.ts';
import type { KindName } from '../model/kinds.ts';
import { fromPointer, type Segment, toPointer } from '../model/path.ts';
import { serverDefaultAt } from '../plan/diff.ts';
import { keyFieldAt } from '../plan/remote-rules.ts';

/**
 * Fields a workspace filled in on its own that no field rule names: remembered right after codeploy
 * wrote the object (and only then, so a change made by hand is never taken for one), and left out of
 * later comparisons while they keep that value and the config does not set them.
 *
 * They are kept as JSON pointers. Inside keyed arrays an item is named by its key, not its position
 * (`/tasks/[task_key=ingest]/new_cluster/x`), so a re-ordered list still finds its own fills.
 */
export type ServerFills = Record<string, Json>;

/** What `observed` holds that `sent` did not carry, walking objects and keyed arrays. */
export function collectServerFills(kind: KindName, observed: JsonObject, sent: JsonObject): ServerFills {
  const out: ServerFills = {};
  collect(kindRules(kind).fieldRules, observed, sent, [], [], out);
  return out;
}

function collect(
  rules: FieldRules,
  observed: Json,
  sent: Json | undefined,
  path: Segment[],
  named: string[],
  out: ServerFills,
): void {
  if (isObject(observed)) {
    for (const [key, value] of Object.entries(observed)) {
      const mine = isObject(sent) ? sent[key] : undefined;
      if (mine !== undefined) collect(rules, value, mine, [...path, key], [...named, key], out);
      // A default the rules already name is known without remembering it (per job, most of them).
      else if (!deepEqual(serverDefaultAt(rules, [...path, key]), value))
        out[toPointer([...named, key])] = value;
    }
    return;
  }
  const keyField = Array.isArray(observed) ? keyFieldAt(rules, path) : undefined;
  if (!keyField || !Array.isArray(observed) || !Array.isArray(sent)) return;
  observed.forEach((item, i) => {
    const key = isObject(item) ? item[keyField] : undefined;
    const match = sent.find((s) => isObject(s) && key !== undefined && s[keyField] === key);
    if (match !== undefined)
      collect(rules, item, match, [...path, i], [...named, itemSegment(keyField, key)], out);
  });
}

/** The observed spec without the remembered fills that still hold and that the config does not set. */
export function dropServerFills(
  spec: JsonObject,
  desired: JsonObject,
  fills: ServerFills | undefined,
): JsonObject {
  if (!fills) return spec;
  let out = spec;
  for (const [pointer, value] of Object.entries(fills)) {
    const path = fromPointer(pointer).map(String);
    if (locate(desired, path) !== undefined) continue;
    const here = locate(out, path);
    if (here === undefined || !deepEqual(here.value, value)) continue;
    if (out === spec) out = structuredClone(spec);
    const parent = locate(out, path.slice(0, -1));
    if (parent && isObject(parent.value)) delete parent.value[path.at(-1) as string];
  }
  return out;
}

function itemSegment(keyField: string, key: Json | undefined): string {
  return `[${keyField}=${String(key)}]`;
}

const ITEM = /^\[([^=\]]+)=(.*)\]$/;

/** Follows a path of keys and `[key=value]` item segments; undefined when any step is missing. */
function locate(root: Json, path: readonly string[]): { value: Json } | undefined {
  let cur: Json = root;
  for (const seg of path) {
    const item = ITEM.exec(seg);
    if (item && Array.isArray(cur)) {
      const found: Json | undefined = cur.find(
        (x) => isObject(x) && String(x[item[1] as string]) === item[2],
      );
      if (found === undefined) return undefined;
      cur = found;
    } else if (isObject(cur) && seg in cur) {
      cur = cur[seg] as Json;
    } else {
      return undefined;
    }
  }
  return { value: cur };
}
