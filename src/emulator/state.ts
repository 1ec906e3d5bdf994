import { createHash } from 'node:crypto';
import type { Grant } from '../core/model/definition.ts';
import type { JsonObject } from '../core/model/json.ts';

export interface Transition {
  state: string;
  /** When the current state was reached (ms since epoch, on the workspace clock). */
  reachedAt?: number;
  /** When the object reaches `next` (ms since epoch), if it is on its way somewhere. */
  until?: number;
  next?: string;
}

export interface JobRecord {
  job_id: number;
  created_time: number;
  creator_user_name: string;
  settings: JsonObject;
}
export interface RunRecord {
  run_id: number;
  job_id: number;
  number_in_job: number;
  /** PENDING, RUNNING, TERMINATING, TERMINATED or SKIPPED (the SDK's RunLifeCycleState). */
  status: Transition;
  result_state?: string;
  state_message: string;
  start_time: number;
}
export interface ClusterRecord {
  cluster_id: string;
  spec: JsonObject;
  status: Transition;
  creator_user_name: string;
  start_time: number;
  pinned: boolean;
  /** UI, API or JOB: clusters/list filters on it. */
  source: string;
  terminated_time?: number;
  /** Terminated, unpinned, and older than 30 days: gone for good. */
  purged?: boolean;
  /** Libraries asked for, in order; `uninstallAt` when their removal waits for a restart. */
  libraries?: Array<{ library: JsonObject; uninstallAt?: number }>;
}
export interface PoolRecord {
  instance_pool_id: string;
  spec: JsonObject;
}
export interface PolicyRecord {
  policy_id: string;
  spec: JsonObject;
  created_at_timestamp: number;
}
export interface PipelineRecord {
  pipeline_id: string;
  spec: JsonObject;
  state: string;
  last_modified: number;
  creator_user_name: string;
  /** Set by a delete: the pipeline is on its way out until the workspace's transition time passes. */
  deleted_at?: number;
}
export interface WarehouseRecord {
  id: string;
  spec: JsonObject;
  status: Transition;
  creator_name: string;
}
export interface WorkspaceObject {
  path: string;
  object_type: 'DIRECTORY' | 'NOTEBOOK' | 'FILE';
  object_id: number;
  language?: string;
  /** base64 */
  content?: string;
  modified_at: number;
}
export interface SecretScope {
  name: string;
  backend_type: string;
  keyvault_metadata?: JsonObject;
  secrets: Map<string, { value: string; last_updated_timestamp: number }>;
  acls: Map<string, string>;
}
/** A Git folder (the Repos API). */
export interface RepoRecord {
  id: string;
  path: string;
  url: string;
  provider: string;
  /** Absent while a tag is checked out. */
  branch?: string;
  sparse_checkout?: JsonObject;
}
export interface InitScriptRecord {
  script_id: string;
  name: string;
  script: string;
  enabled: boolean;
  position: number;
  created_at: number;
  updated_at: number;
}

/** Principals by the ACL field that names them: group_name, user_name, service_principal_name. */
export interface Directory {
  groups: Set<string>;
  users: Set<string>;
  /** Service principals by application id, as ACLs name them. */
  servicePrincipals: Set<string>;
}

/** Zones of the cloud regions the emulated workspaces stand in, in order: the first is us-east-1. */
const DEFAULT_ZONES = ['us-east-1c', 'us-west-2a', 'eu-west-1b', 'ap-southeast-2a'];

/** One emulated workspace: everything it holds, in memory. */
export class WorkspaceState {
  readonly name: string;
  /** The personal access token this workspace accepts. */
  readonly token: string;
  readonly user: string;
  /** The workspace id, which scim/v2/Me's X-Databricks-Org-Id header gives. */
  readonly orgId: string;
  host = '';
  transitionMs: number;
  /**
   * Whether the deploying principal is a workspace admin. A non-admin may only manage what it was
   * granted CAN_MANAGE or ownership on, and admin-only calls (pin, global init scripts) are refused.
   */
  deployerIsAdmin = true;
  clockOffsetMs = 0;
  /** Audiences the service principals' federation policies accept, besides the token endpoint. */
  federationAudiences: string[] = [];
  /** The availability zone the server picks when a spec leaves it out or says `auto`. */
  defaultZone: string;
  private counter = 0;
  private readonly idBase: number;
  readonly issuedTokens = new Map<string, string>();
  readonly jobs = new Map<number, JobRecord>();
  readonly runs = new Map<number, RunRecord>();
  readonly clusters = new Map<string, ClusterRecord>();
  readonly pools = new Map<string, PoolRecord>();
  readonly policies = new Map<string, PolicyRecord>();
  readonly pipelines = new Map<string, PipelineRecord>();
  readonly warehouses = new Map<string, WarehouseRecord>();
  readonly objects = new Map<string, WorkspaceObject>();
  readonly scopes = new Map<string, SecretScope>();
  readonly initScripts = new Map<string, InitScriptRecord>();
  readonly repos = new Map<string, RepoRecord>();
  /** SQL alerts (Alerts V2), by id; a deleted one stays, in the trash, with lifecycle_state DELETED. */
  readonly alerts = new Map<string, JsonObject>();
  /** SQL queries by id; a deleted one stays, TRASHED. */
  readonly queries = new Map<string, JsonObject>();
  /** AI/BI dashboards by id (a deleted one stays, TRASHED), their published versions and schedules. */
  readonly dashboards = new Map<string, JsonObject>();
  readonly publishedDashboards = new Map<string, JsonObject>();
  readonly dashboardSchedules = new Map<string, Map<string, JsonObject>>();
  /** Unity Catalog objects, by full name (this workspace's metastore), and their privilege assignments. */
  /** The metastore this workspace is attached to: each region has its own. */
  get metastoreId(): string {
    return createHash('sha256').update(`metastore/${this.name}`).digest('hex').slice(0, 32);
  }
  readonly ucCredentials = new Map<string, JsonObject>();
  readonly ucLocations = new Map<string, JsonObject>();
  readonly ucCatalogs = new Map<string, JsonObject>();
  readonly ucSchemas = new Map<string, JsonObject>();
  readonly ucVolumes = new Map<string, JsonObject>();
  readonly ucGrants = new Map<string, Map<string, Set<string>>>();
  /** Direct grants, by `<object type>/<id>`. */
  readonly grants = new Map<string, Grant[]>();
  /**
   * Who exists in this workspace, by the name an access control list gives them. A new workspace
   * has the `admins` and `users` groups (docs.databricks.com "Manage groups": system groups) and the
   * principal the token belongs to; every other group or user is added by an admin (or by identity
   * federation from the account), so another region's workspace may well lack one.
   */
  readonly directory: Directory = {
    groups: new Set(['admins', 'users']),
    users: new Set(),
    servicePrincipals: new Set(),
  };

  constructor(name: string, index: number, transitionMs: number) {
    this.name = name;
    this.token = `dapi-emulator-${name}`;
    this.user = `deployer@${name}.emulator`;
    this.directory.users.add(this.user);
    this.orgId = String(900_800_700_600 + index);
    this.transitionMs = transitionMs;
    this.defaultZone = DEFAULT_ZONES[index % DEFAULT_ZONES.length] as string;
    this.idBase = (index + 1) * 100_000_000_000_000;
    this.objects.set('/', { path: '/', object_type: 'DIRECTORY', object_id: 0, modified_at: Date.now() });
  }

  /** A principal's SCIM id: stable for its name in this workspace (another workspace's differs). */
  principalId(from: keyof Directory, name: string): string {
    let hash = 0;
    for (const c of `${from}/${name}`) hash = (Math.imul(hash, 31) + c.charCodeAt(0)) >>> 0;
    return String(this.idBase + hash);
  }

  /** Whether an access control list entry names someone this workspace knows. */
  knows(who: { user_name?: string; group_name?: string; service_principal_name?: string }): boolean {
    if (who.group_name !== undefined) return this.directory.groups.has(who.group_name);
    if (who.user_name !== undefined) return this.directory.users.has(who.user_name);
    if (who.service_principal_name !== undefined)
      return this.directory.servicePrincipals.has(who.service_principal_name);
    return false;
  }

  isAdmin(_user: string): boolean {
    return this.deployerIsAdmin;
  }

  /**
   * The creator's own direct grant on what it creates: IS_OWNER on jobs and pipelines, CAN_MANAGE on
   * clusters, pools and warehouses. Source: Terraform `permissions/resource_permissions.go`
   * (`safePutWithOwner` falls back to the creator) and `update.AddCurrentUserAsManage`.
   */
  grantCreator(type: string, id: string, user: string, level: 'IS_OWNER' | 'CAN_MANAGE'): void {
    const key = /^[0-9a-f-]{36}$/.test(user) ? 'service_principal_name' : 'user_name';
    this.grants.set(`${type}/${id}`, [{ [key]: user, permission_level: level }]);
  }

  /** Numeric ids like a workspace's: distinct per workspace, so a leaked id is visible in tests. */
  nextNumericId(): number {
    this.counter += 1;
    return this.idBase + this.counter * 7919;
  }

  /** Hex ids (pipelines, warehouses, pools…), also distinct per workspace. */
  nextHexId(length = 16): string {
    this.counter += 1;
    return createHash('sha256').update(`${this.name}/${this.counter}`).digest('hex').slice(0, length);
  }

  /**
   * The workspace clock: real time plus an offset a test or the control endpoint moves forward, so a
   * 30-day purge or a ten-minute start can be reached without waiting.
   */
  now(): number {
    return this.clock() + this.clockOffsetMs;
  }

  /** Real time unless a test gives the emulator its own clock. */
  clock: () => number = Date.now;

  /** Moves a timed state along: a cluster created a moment ago is PENDING, later RUNNING. */
  settle(t: Transition): Transition {
    if (t.until !== undefined && t.next !== undefined && this.now() >= t.until) {
      t.state = t.next;
      t.reachedAt = t.until;
      delete t.until;
      delete t.next;
    }
    return t;
  }

  transition(t: Transition, now: string, next: string): void {
    t.state = now;
    t.reachedAt = this.now();
    if (this.transitionMs <= 0) {
      t.state = next;
      delete t.until;
      delete t.next;
    } else {
      t.until = this.now() + this.transitionMs;
      t.next = next;
    }
  }
}
