import type { DesiredObject, ObservedObject, StateEntry } from '../../ports/workspace.ts';
import { kindRules } from '../kinds/index.ts';
import type { Grant, RenderedObject } from '../model/definition.ts';
import { reconcileRemote } from '../plan/remote-rules.ts';
import { comparableGrants } from './acl.ts';
import { dropServerFills } from './server-fills.ts';

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
  const rules = kindRules(observed.kind);
  const reconciled = reconcileRemote(rules.fieldRules, observed.spec, desired.spec, entry?.applied);
  let spec = dropServerFills(reconciled, desired.spec, entry?.server_filled);
  if (rules.live) spec = rules.live.observed(spec, observed.meta, entry);
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
    // Pinned when codeploy terminated it, unpinned since: Databricks purges it after 30 days.
    const unpinned = entry?.lifecycle?.held === true && observed.lifecycle.pinned === false;
    out.lifecycle = { state: (unpinned ? `${state}, unpinned` : state) as 'TERMINATED' | 'STOPPED' };
  }
  if (desired.content_sha256 !== undefined && observed.content_sha256 !== undefined) {
    // What the workspace exports right after codeploy's import stands for what codeploy imported.
    const ours = entry?.meta?.exported_sha256 === observed.content_sha256 && entry.content_sha256;
    out.content_sha256 = ours || observed.content_sha256;
  }
  return out;
}
