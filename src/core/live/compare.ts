import type { DesiredObject, ObservedObject, StateEntry } from '../../ports/workspace.ts';
import { kindRules } from '../kinds/index.ts';
import type { Grant, RenderedObject } from '../model/definition.ts';
import { isObject, type Json, type JsonObject } from '../model/json.ts';
import { fromPointer, getAt } from '../model/path.ts';
import { reconcileRemote } from '../plan/remote-rules.ts';
import { comparableGrants } from './acl.ts';

const SETTLING: Record<string, string> = { TERMINATING: 'TERMINATED', STOPPING: 'STOPPED' };

/**
 * The observed object in the shape of the desired one, so that the plan's diff compares like with
 * like: grants codeploy does not manage left out, the lifecycle compared
 * only where one is wanted, fields the server filled in after the last apply dropped, and secrets
 * as digests (their values cannot be read back).
 */
export function comparable(
  observed: ObservedObject,
  desired: DesiredObject,
  grants: Grant[] | undefined,
  entry: StateEntry | undefined,
  principal?: string,
): RenderedObject {
  // The adapter already normalized the spec (see ObservedObject): only codeploy's own filters apply.
  const rules = kindRules(observed.kind).fieldRules;
  const reconciled = reconcileRemote(rules, observed.spec, desired.spec, entry?.applied);
  let spec = dropServerFilled(reconciled, desired.spec, entry?.server_filled);
  if (observed.kind === 'secret-scope') spec = secretsAsDigests(spec, entry);
  const out: RenderedObject = {
    kind: observed.kind,
    name: desired.name,
    passive: desired.passive,
    spec,
    sensitive: desired.sensitive,
  };
  if (desired.permissions !== undefined) {
    out.permissions = comparableGrants(grants ?? [], desired.permissions, principal);
  }
  if (desired.lifecycle && observed.lifecycle) {
    const state = SETTLING[observed.lifecycle.state] ?? observed.lifecycle.state;
    out.lifecycle = { state: state as 'TERMINATED' | 'STOPPED' };
  }
  if (desired.content_sha256 !== undefined && observed.content_sha256 !== undefined)
    out.content_sha256 = observed.content_sha256;
  return out;
}

/**
 * A field the server filled in right after codeploy's last apply (recorded in the state) is not
 * drift, as long as it still holds that value and the desired spec does not set it.
 */
function dropServerFilled(
  spec: JsonObject,
  desired: JsonObject,
  filled: Record<string, unknown> | undefined,
): JsonObject {
  if (!filled) return spec;
  let out = spec;
  for (const [pointer, value] of Object.entries(filled)) {
    const path = fromPointer(pointer);
    if (getAt(desired, path) !== undefined) continue;
    if (JSON.stringify(getAt(out, path)) !== JSON.stringify(value)) continue;
    out = removeAt(out, path as string[]);
  }
  return out;
}

function removeAt(spec: JsonObject, path: readonly (string | number)[]): JsonObject {
  const copy = structuredClone(spec);
  let cur: Json = copy;
  for (const seg of path.slice(0, -1)) {
    if (!isObject(cur) && !Array.isArray(cur)) return spec;
    cur = (cur as Record<string, Json>)[seg as string] as Json;
  }
  if (isObject(cur)) delete cur[String(path.at(-1))];
  return copy;
}

/** Observed secrets carry only timestamps: the digest recorded at the last put stands for the value. */
function secretsAsDigests(spec: JsonObject, entry: StateEntry | undefined): JsonObject {
  const items = Array.isArray(spec.secrets) ? spec.secrets.filter(isObject) : [];
  const { secrets: _s, ...rest } = spec;
  const secrets = items.map((s) => {
    const key = String(s.key);
    const recordedAt = entry?.secret_timestamps?.[key];
    const unchanged = recordedAt !== undefined && recordedAt === s.last_updated_timestamp;
    return {
      key,
      value_digest: unchanged ? (entry?.secret_digests?.[key] ?? '(unknown)') : '(changed in the workspace)',
    };
  });
  return { ...rest, ...(secrets.length ? { secrets } : {}) };
}
