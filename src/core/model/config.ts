import type { Json, JsonObject } from './json.ts';
import type { KindName } from './kinds.ts';

/** How codeploy authenticates to one region's workspace. */
export type AuthConfig =
  | { type: 'token'; env: string }
  | { type: 'oauth-m2m'; client_id: string; client_secret_env: string }
  | { type: 'github-oidc'; client_id: string; audience?: string };

export interface PatchTarget {
  kind?: KindName;
  /** A glob over object names: `*` any run of characters, `?` one character. */
  name?: string;
}

export type Patch =
  | { target: PatchTarget; merge: JsonObject; line?: () => number }
  | { target: PatchTarget; json_patch: JsonPatchOp[]; line?: () => number };

export interface JsonPatchOp {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: Json;
  from?: string;
}

export interface RegionConfig {
  name: string;
  host: string;
  /** The workspace's numeric id, when codeploy.yml declares it: the host must answer as it. */
  workspaceId?: string;
  auth: AuthConfig;
  /** Strings that only ever appear in this region's resources (`us-east-1`, `eastus2`). */
  markers: string[];
  variables: Record<string, string>;
  patches: Patch[];
}

/**
 * What "disabled" means, per kind, in a region where an object must not run. Every field has a
 * default (see `DEFAULT_PASSIVE_POLICY`) and can be overridden in `codeploy.yml`.
 */
export interface PassivePolicy {
  job: {
    max_concurrent_runs: number;
    /** `remove` deletes the schedule; `pause` keeps it with `pause_status: PAUSED`. */
    schedule: 'remove' | 'pause';
    /**
     * Drop grants that let someone start a run (CAN_MANAGE_RUN, CAN_MANAGE). The owner stays: the
     * permissions API requires exactly one, and `max_concurrent_runs: 0` skips the owner's runs too.
     */
    withhold_permissions: boolean;
    /** Principals whose grants are kept even when permissions are withheld. */
    keep_permissions_for: string[];
    /** When the region stands down: cancel runs in progress (concurrency 0 stops only new ones). */
    cancel_active_runs: boolean;
  };
  'instance-pool': { min_idle_instances: number };
  cluster: { state: 'TERMINATED' };
  'sql-warehouse': { state: 'STOPPED' };
  pipeline: { continuous: false; stop_updates: boolean };
}

export const DEFAULT_PASSIVE_POLICY: PassivePolicy = {
  job: {
    max_concurrent_runs: 0,
    schedule: 'remove',
    withhold_permissions: true,
    // Workspace admins keep every right by inheritance (they cannot be granted anything).
    keep_permissions_for: [],
    cancel_active_runs: true,
  },
  'instance-pool': { min_idle_instances: 0 },
  cluster: { state: 'TERMINATED' },
  'sql-warehouse': { state: 'STOPPED' },
  pipeline: { continuous: false, stop_updates: true },
};

export interface Config {
  /** Path of codeploy.yml as given, used in messages and PR comment markers. */
  file: string;
  /** Short project name; part of the ownership marker put on every object codeploy creates. */
  project: string;
  regions: RegionConfig[];
  active: string;
  /**
   * Where `active` comes from: codeploy.yml, or an override for this run (an emergency failover:
   * the action's `active-region`, the CLI's `--active-region`), which the workspaces then remember.
   */
  activeSource?: 'config' | 'override';
  passivePolicy: PassivePolicy;
  /** Logical storage location → region name → URL prefix. */
  storage: Record<string, Record<string, string>>;
  /** Globs, relative to the config file's folder. */
  definitions: string[];
  release: { tag_pattern: string };
  prune: boolean;
  /** Where the state record and the deploy lock live in each workspace. */
  stateFolder: string;
}
