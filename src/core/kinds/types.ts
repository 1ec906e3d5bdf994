import type { PassivePolicy } from '../model/config.ts';
import type { Grant } from '../model/definition.ts';
import type { Json, JsonObject } from '../model/json.ts';
import type { KindName } from '../model/kinds.ts';
import type { OwnerMarker } from './owner-marker.ts';

/** A rule about one field, with why it exists and where that was learnt. */
export interface FieldRule {
  /** Path pattern (see `model/path.ts`): `tasks[].new_cluster.aws_attributes`. */
  path: string;
  /** Why, and the source it was taken from. */
  reason: string;
}

/** A field the server fills in when the config leaves it out: any value, or one of `values`. */
export interface BackendDefault extends FieldRule {
  values?: readonly Json[];
}

/** A value the server stores under another name: it reads back as one of `readsBackAs`. */
export interface Alias extends FieldRule {
  value: Json;
  readsBackAs: readonly Json[];
}

/**
 * How the diff treats a kind's fields. Every entry is a path pattern (see `model/path.ts`), so a
 * rule is found by reading the kind's file, not by reading the diff code.
 */
export interface FieldRules {
  /** Values the server fills in when a field is left out: an absent field equal to one is no change. */
  serverDefaults: Readonly<Record<string, Json>>;
  /**
   * Fields the server fills in (the Databricks CLI's `backend_defaults`): while the config leaves one
   * out, whatever the workspace holds there is not a difference.
   */
  backendDefaults?: readonly BackendDefault[];
  /**
   * Fields the server rewrites or manages (the CLI's `ignore_remote_changes`): a difference counts only
   * when the config changed the field since the last apply, never because the workspace differs.
   */
  ignoreRemote?: readonly FieldRule[];
  /** Values the server stores under another name (`DATA_SECURITY_MODE_AUTO` → `SINGLE_USER`). */
  aliases?: readonly Alias[];
  /** Fields never compared: the server manages them, or codeploy changes them outside the spec. */
  ignored: readonly string[];
  /** A change to any of these cannot be applied in place: the object is deleted and created again. */
  recreateOn: readonly string[];
  /** Arrays whose items are matched by a key field instead of by position. */
  keyedArrays: Readonly<Record<string, string>>;
  /**
   * Values redacted in every plan form, besides those a definition marks `sensitive` and those under
   * a key named like a credential (see `plan/redact.ts`).
   */
  sensitive: readonly string[];
}

/** What the passive overlay does to one object that must not run in a region. */
export interface DisableResult {
  spec: JsonObject;
  permissions?: Grant[];
  lifecycle?: { state: 'TERMINATED' | 'STOPPED' };
}

/** An object as a check sees it in a workspace: its spec, runtime state and direct grants. */
export interface LiveView {
  spec: JsonObject;
  lifecycle?: { state: string; pinned?: boolean };
  permissions?: Grant[];
  /** Who codeploy deploys as: its own CAN_MANAGE is how it keeps managing the object, not a runner. */
  deployer?: string;
}

/**
 * Something an object must hold wherever it must not run (a passive region), checked one by one on
 * the live object: by `verify`, and by an apply between standing a region down and promoting another.
 */
export interface PassiveInvariant {
  /** Names the check in every report: `no unpaused schedule`. */
  name: string;
  /** Why it matters, and where that was learnt. */
  reason: string;
  /**
   * A breach lets work happen now (a job that can start, a running cluster): a failover does not
   * promote another region while the one standing down breaks it. The others are reported.
   */
  decisive: boolean;
  /** What breaks it on this object (`schedule.pause_status is UNPAUSED`), or undefined when it holds. */
  broken(o: LiveView, policy: PassivePolicy): string | undefined;
}

/** A passive invariant's `broken` for compute: its lifecycle state must be one of `idle` (stopped or stopping). */
export function stateIsOneOf(idle: readonly string[]): PassiveInvariant['broken'] {
  return (o) => (o.lifecycle && !idle.includes(o.lifecycle.state) ? `it is ${o.lifecycle.state}` : undefined);
}

/** The SDK request type the spec schema is generated from (see `scripts/gen-schemas.ts`). */
export interface SdkType {
  module: 'jobs' | 'compute' | 'pipelines' | 'sql' | 'catalog';
  name: string;
  omit: readonly string[];
  /**
   * Fields codeploy adds beside the request's own, typed by another SDK model (`Array<…>`):
   * a cluster's `libraries`, set through the Libraries API after the cluster exists.
   */
  extra?: Readonly<Record<string, string>>;
}

/**
 * What the live engine asks of a kind whose spec is not sent and read back as written: secret scopes,
 * whose values come from the environment at apply time and can never be read back.
 */
export interface LiveHooks {
  /** The spec to compare and send, and the values looked up for it (`secretValues` are never shown). */
  resolve(
    spec: JsonObject,
    ctx: { secret: (name: string) => string | undefined; salt: string },
  ): { spec: JsonObject; secretValues?: Record<string, string>; unsetSecrets?: Record<string, string> };
  /** The observed spec in the form `resolve` gives, using what was recorded right after the last write. */
  observed(
    spec: JsonObject,
    observedMeta: JsonObject | undefined,
    recorded: { meta?: JsonObject; secret_digests?: Record<string, string> } | undefined,
  ): JsonObject;
  /**
   * Where the config gives no value the workspace keeps its own: the desired spec with those parts
   * taken from `before`, and a message for each one the workspace does not have either.
   */
  unresolved(
    desired: JsonObject,
    before: JsonObject | undefined,
    unset: Record<string, string> | undefined,
  ): { spec: JsonObject; missing: string[] };
}

export interface KindRules {
  kind: KindName;
  /** Namespace in references: `${clusters.shared-etl.id}`. */
  plural: string;
  description: string;
  /** Dependency wave: lower waves are applied first; deletes run in reverse. */
  wave: number;
  /** Field of the spec that names the object in the workspace (and is set from `name` if absent). */
  nameField?: string;
  /**
   * The spec field a workspace knows the object by (`cluster_name`, `path`), and whether the
   * workspace keeps it unique: job and cluster names are not; paths, scopes, pool names are.
   */
  identity: {
    field: string;
    unique: boolean;
    /** The name when it is more than one field (a schema's `catalog.schema`): the API's full name. */
    of?: (spec: JsonObject) => string;
  };
  /** How the Databricks API names this kind: for import, the permissions API and the adapter. */
  api: {
    /** Field of a GET response holding the workspace id (`job_id`). */
    idField?: string;
    /** Key of a list response holding the items (`{"jobs": […]}`). */
    listKey?: string;
    /** Object type in `/api/2.0/permissions/<type>/<id>`, for kinds with access control lists there. */
    permissionType?: string;
  };
  /**
   * Fields of other specs that hold this kind's workspace id (`**.existing_cluster_id`): an id is
   * different in every workspace, so they must be written as references or per-region variables.
   */
  referencedBy?: readonly string[];
  /**
   * How codeploy marks the objects it creates, for kinds with tags. Kinds without (policies, init
   * scripts) are known by the state record, and workspace files and secret scopes by their path or
   * name, which are unique.
   */
  ownerMarker?: OwnerMarker;
  /** Permission levels a definition may grant; empty when the kind has no access control list. */
  permissionLevels: readonly string[];
  /** The permissions API refuses an access control list without exactly one IS_OWNER (see `live/acl.ts`). */
  ownerRequired?: boolean;
  /** A PUT would remove the deployer's own CAN_MANAGE: codeploy always keeps it (see `live/acl.ts`). */
  deployerKeepsManage?: boolean;
  /** The spec schema: generated from the SDK's model, or written here for workspace-only kinds. */
  spec: SdkType | { schema: JsonObject };
  /** Field schemas that replace the SDK model's, where the API refuses more than its model says. */
  specFields?: Readonly<Record<string, JsonObject>>;
  /** Top-level fields of an API GET/list response that a create request must not carry. */
  readOnlyFields: readonly string[];
  /**
   * Turns a raw API export into the create-request shape (unwrapping `settings` or `spec`), or returns
   * undefined when the value is not wrapped. Read-only fields are stripped after this.
   */
  unwrapExport?: (raw: JsonObject) => JsonObject | undefined;
  /** Converts equivalent spellings into one form so that diffs compare like with like. */
  normalize?: (spec: JsonObject) => JsonObject;
  fieldRules: FieldRules;
  /** What the passive overlay guarantees, as checks on the live object (see PassiveInvariant). */
  passiveInvariants?: readonly PassiveInvariant[];
  /** The passive overlay; absent for kinds that never run anything by themselves. */
  disable?: (spec: JsonObject, permissions: Grant[] | undefined, policy: PassivePolicy) => DisableResult;
  /**
   * What is lost when an object of this kind is deleted and created again (a pipeline's tables): a
   * recreate then needs `allow_recreate: true` in the definition, and every plan says what it costs.
   */
  recreateDestroys?: string;
  /**
   * Kinds a failover may start (`start_when_active: true` in a definition): a standby cluster or
   * warehouse is started once, when its region becomes active, so it is up when the load arrives.
   * It is not kept running: auto-termination still applies, so it is no invariant and no drift.
   */
  startable?: boolean;
  /** For kinds whose spec the live engine must transform (see LiveHooks). */
  live?: LiveHooks;
  /** Kinds whose content comes from a file in the repo (`source:`). */
  hasSource?: boolean;
}

export const NO_FIELD_RULES: FieldRules = {
  serverDefaults: {},
  ignored: [],
  recreateOn: [],
  keyedArrays: {},
  sensitive: [],
};
