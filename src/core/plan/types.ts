import type { Json } from '../model/json.ts';
import type { KindName, Role } from '../model/kinds.ts';

export type Action = 'create' | 'update' | 'recreate' | 'delete' | 'no-change';

/** One field that differs. `path` reads like `spec.tasks[task_key=ingest].notebook_task.notebook_path`. */
export interface FieldChange {
  path: string;
  action: 'add' | 'remove' | 'change';
  old?: Json;
  new?: Json;
  /** The change cannot be made in place: the whole object is recreated. */
  forces_recreate?: boolean;
  /** Why the field differs: `config` (the definitions changed) or `drift` (changed in the workspace). */
  reason?: 'config' | 'drift';
}

export interface PlanEntry {
  key: string;
  kind: KindName;
  name: string;
  action: Action;
  /** Position in the apply order (deletes come last, in reverse dependency order). */
  order: number;
  depends_on: string[];
  changes: FieldChange[];
  /** For creates: the full desired object; for deletes: what is removed. Redacted. */
  object?: Json;
}

export interface PlanSummary {
  create: number;
  update: number;
  recreate: number;
  delete: number;
  unchanged: number;
}

export interface RegionPlan {
  region: string;
  role: Role;
  summary: PlanSummary;
  entries: PlanEntry[];
  /** Things worth knowing that are not changes (objects left in place because prune is off). */
  notes?: string[];
}

export interface Plan {
  format_version: 1;
  /** `offline`: two rendered versions of the config compared, no workspace read. */
  mode: 'offline' | 'live';
  /** Why an offline plan did not read the workspaces (no credentials, a host the PR changed…). */
  offline_reason?: string;
  /** What the run must tell before anything else: a standing emergency failover, a pending fence. */
  warnings?: string[];
  regions: RegionPlan[];
}
