import { kindRules } from '../kinds/index.ts';
import { NO_FIELD_RULES } from '../kinds/types.ts';
import { type Grant, objectKey, type RenderedObject } from '../model/definition.ts';
import type { Json, JsonObject } from '../model/json.ts';
import { dependenciesOf } from './dependencies.ts';
import { diffSpec } from './diff.ts';
import { orderEntries } from './order.ts';
import { redactSpec, type SensitivityRules } from './redact.ts';
import type { Action, FieldChange, PlanEntry, PlanSummary, RegionPlan } from './types.ts';

/**
 * The plan for one region: what turns `before` into `after`. Offline, `before` is the base version's
 * rendering; live, it is what the workspace holds. Objects are matched by key (`job/nightly-etl`).
 */
export function planRegion(
  region: string,
  role: RegionPlan['role'],
  before: readonly RenderedObject[],
  after: readonly RenderedObject[],
): RegionPlan {
  const old = new Map(before.map((o) => [objectKey(o), o]));
  const now = new Map(after.map((o) => [objectKey(o), o]));
  const entries: PlanEntry[] = [];
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    entries.push(planObject(key, old.get(key), now.get(key)));
  }
  const ordered = orderEntries(entries);
  return { region, role, summary: summarize(ordered), entries: ordered };
}

export function planObject(
  key: string,
  before: RenderedObject | undefined,
  after: RenderedObject | undefined,
): PlanEntry {
  const obj = (after ?? before) as RenderedObject;
  const sensitivity: SensitivityRules = {
    pointers: obj.sensitive,
    patterns: kindRules(obj.kind).fieldRules.sensitive,
  };
  let action: Action;
  let changes: FieldChange[] = [];
  let object: Json | undefined;
  if (!before) {
    action = 'create';
    object = shownObject(obj, sensitivity);
  } else if (!after) {
    action = 'delete';
    object = shownObject(before, sensitivity);
  } else {
    changes = diffObjects(before, after, sensitivity);
    action =
      changes.length === 0 ? 'no-change' : changes.some((c) => c.forces_recreate) ? 'recreate' : 'update';
  }
  const entry: PlanEntry = {
    key,
    kind: obj.kind,
    name: obj.name,
    order: 0,
    depends_on: dependenciesOf(obj),
    action,
    changes,
  };
  if (object !== undefined) entry.object = object;
  return entry;
}

/** Every difference between two renderings of one object: spec, grants, runtime state and content. */
export function diffObjects(
  before: RenderedObject,
  after: RenderedObject,
  sensitivity: SensitivityRules,
): FieldChange[] {
  const rules = kindRules(after.kind).fieldRules;
  return [
    ...diffSpec(rules, before.spec, after.spec, sensitivity),
    ...diffSpec(
      NO_FIELD_RULES,
      grantMap(before.permissions),
      grantMap(after.permissions),
      { pointers: [], patterns: [] },
      'permissions',
    ),
    ...diffSpec(
      NO_FIELD_RULES,
      before.lifecycle?.state,
      after.lifecycle?.state,
      { pointers: [], patterns: [] },
      'lifecycle.state',
    ),
    ...diffSpec(
      NO_FIELD_RULES,
      before.content_sha256,
      after.content_sha256,
      { pointers: [], patterns: [] },
      'content_sha256',
    ),
  ];
}

/** Grants as `{"group:data-eng": "CAN_MANAGE"}` (several levels of one principal joined), so a re-ordered list is no change. */
export function grantMap(grants: readonly Grant[] | undefined): Record<string, string> | undefined {
  if (!grants) return undefined;
  const out: Record<string, string> = {};
  for (const g of grants) {
    const who =
      g.user_name !== undefined
        ? `user:${g.user_name}`
        : g.group_name !== undefined
          ? `group:${g.group_name}`
          : g.service_principal_name !== undefined
            ? `service-principal:${g.service_principal_name}`
            : `principal:${g.principal}`;
    // A principal may hold several levels (Unity Catalog privileges): all of them, in one order.
    const level = g.permission_level ?? g.permission ?? '';
    const held = out[who];
    out[who] = held === undefined ? level : [...new Set([...held.split(', '), level])].sort().join(', ');
  }
  return out;
}

function shownObject(obj: RenderedObject, sensitivity: SensitivityRules): Json {
  const shown: JsonObject = { spec: redactSpec(obj.spec, sensitivity) };
  if (obj.permissions) shown.permissions = grantMap(obj.permissions) ?? {};
  if (obj.lifecycle) shown.lifecycle = obj.lifecycle;
  return shown;
}

export function summarize(entries: readonly PlanEntry[]): PlanSummary {
  const count = (a: Action) => entries.filter((e) => e.action === a).length;
  return {
    create: count('create'),
    update: count('update'),
    recreate: count('recreate'),
    delete: count('delete'),
    unchanged: count('no-change'),
  };
}

/** `Plan: 2 to create, 3 to update, 0 to delete.` A recreate counts as one create and one delete. */
export function summaryLine(s: PlanSummary): string {
  const recreate = s.recreate > 0 ? ` (${s.recreate} of them by recreating)` : '';
  return `Plan: ${s.create + s.recreate} to create, ${s.update} to update, ${s.delete + s.recreate} to delete${recreate}.`;
}

export function hasChanges(s: PlanSummary): boolean {
  return s.create + s.update + s.recreate + s.delete > 0;
}
