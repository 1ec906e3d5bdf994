import { kindRules } from '../../core/kinds/index.ts';
import type { PrincipalRef } from '../../core/live/principals.ts';
import type { Grant } from '../../core/model/definition.ts';
import type { JsonObject } from '../../core/model/json.ts';
import type { KindName } from '../../core/model/kinds.ts';
import type {
  DesiredObject,
  LockInfo,
  ObservedObject,
  ReadHints,
  StateRecord,
  Workspace,
} from '../../ports/workspace.ts';
import { AmbiguousWriteError, DatabricksError } from './errors.ts';
import { alertsApi } from './kinds/alerts.ts';
import { ignoreNotFound, type KindApi } from './kinds/api.ts';
import { clustersApi } from './kinds/clusters.ts';
import { dashboardsApi } from './kinds/dashboards.ts';
import { initScriptsApi } from './kinds/init-scripts.ts';
import { jobsApi } from './kinds/jobs.ts';
import { pipelinesApi } from './kinds/pipelines.ts';
import { policiesApi } from './kinds/policies.ts';
import { poolsApi } from './kinds/pools.ts';
import { queriesApi } from './kinds/queries.ts';
import { reposApi } from './kinds/repos.ts';
import { secretScopesApi } from './kinds/secrets.ts';
import {
  catalogsApi,
  externalLocationsApi,
  schemasApi,
  storageCredentialsApi,
  volumesApi,
} from './kinds/unity-catalog.ts';
import { warehousesApi } from './kinds/warehouses.ts';
import {
  directoriesApi,
  exportContent,
  filesApi,
  listWorkspaceObjects,
  notebooksApi,
  WORKSPACE_FILE_KINDS,
} from './kinds/workspace-files.ts';
import { WorkspaceLock } from './lock.ts';
import { StateFiles } from './state-files.ts';
import type { Transport } from './transport.ts';

const APIS: Record<KindName, KindApi> = {
  job: jobsApi,
  cluster: clustersApi,
  'instance-pool': poolsApi,
  'cluster-policy': policiesApi,
  pipeline: pipelinesApi,
  'sql-warehouse': warehousesApi,
  notebook: notebooksApi,
  file: filesApi,
  directory: directoriesApi,
  'git-folder': reposApi,
  alert: alertsApi,
  query: queriesApi,
  dashboard: dashboardsApi,
  'storage-credential': storageCredentialsApi,
  'external-location': externalLocationsApi,
  catalog: catalogsApi,
  schema: schemasApi,
  volume: volumesApi,
  'secret-scope': secretScopesApi,
  'global-init-script': initScriptsApi,
};

/** Where SCIM lists each kind of principal, and the attribute an ACL names it by. */
const SCIM_LISTS = {
  group: { path: '/api/2.0/preview/scim/v2/Groups', attribute: 'displayName' },
  user: { path: '/api/2.0/preview/scim/v2/Users', attribute: 'userName' },
  'service-principal': { path: '/api/2.0/preview/scim/v2/ServicePrincipals', attribute: 'applicationId' },
} as const;

/** Names per SCIM filter: keeps the URL short. */
const SCIM_NAMES_PER_REQUEST = 20;

/**
 * The deploy lock's lease. The holder renews it every third of it while the apply runs; a lock past
 * its lease was left by a run that died, and may be taken over.
 */
export const LOCK_LEASE_MS = 5 * 60_000;

/** One region's real (or emulated) Databricks workspace, behind the port the core uses. */
export class DatabricksWorkspace implements Workspace {
  readonly region: string;
  readonly transport: Transport;
  private readonly folder: string;

  constructor(
    region: string,
    transport: Transport,
    project: string,
    folder = `/Shared/.codeploy/${project}`,
  ) {
    this.region = region;
    this.transport = transport;
    this.folder = folder;
    this.lock = this.makeLock();
    this.state = new StateFiles(
      {
        read: (path) => this.readFile(path),
        write: (path, text) => this.writeIntoFolder(path, text, true),
        remove: (path) => this.removeFile(path),
      },
      folder,
    );
  }

  private readonly state: StateFiles;

  get host(): string {
    return this.transport.host;
  }

  async check(): Promise<{ principal: string; workspaceId?: string }> {
    let workspaceId: string | undefined;
    const me = await this.transport.request<{ userName?: string }>('GET', '/api/2.0/preview/scim/v2/Me', {
      idempotent: true,
      // The workspace id, as the SDK's CurrentWorkspaceID reads it (databricks/cli libs/auth/workspace_id.go).
      onHeaders: (header) => {
        workspaceId = header('x-databricks-org-id') ?? undefined;
      },
    });
    return { principal: String(me.userName ?? ''), ...(workspaceId ? { workspaceId } : {}) };
  }

  async readAll(kinds: readonly KindName[], hints: ReadHints): Promise<ObservedObject[]> {
    const lists = kinds
      .filter((k) => !WORKSPACE_FILE_KINDS.includes(k))
      .map((k) => APIS[k].list(this.transport, hints));
    // Notebooks, files and folders come from one listing of their folders.
    if (kinds.some((k) => WORKSPACE_FILE_KINDS.includes(k))) {
      lists.push(
        listWorkspaceObjects(this.transport, hints).then((all) => all.filter((o) => kinds.includes(o.kind))),
      );
    }
    return (await Promise.all(lists)).flat();
  }

  async readContent(kind: KindName, path: string): Promise<string> {
    return exportContent(this.transport, path, kind);
  }

  async finishCreate(obj: DesiredObject, id: string): Promise<void> {
    await APIS[obj.kind].finishCreate?.(this.transport, id, obj);
  }

  create(obj: DesiredObject): Promise<string> {
    return APIS[obj.kind].create(this.transport, obj);
  }

  update(obj: DesiredObject, current: ObservedObject): Promise<void> {
    return APIS[obj.kind].update(this.transport, current.id, obj, current);
  }

  delete(kind: KindName, id: string): Promise<void> {
    return APIS[kind].delete(this.transport, id);
  }

  async readPermissions(kind: KindName, id: string): Promise<Grant[] | undefined> {
    const api = APIS[kind];
    const justSet = this.grantsJustSet.get(`${kind}/${id}`);
    if (justSet) {
      this.grantsJustSet.delete(`${kind}/${id}`);
      return justSet;
    }
    if (api.readPermissions) return api.readPermissions(this.transport, id);
    const type = kindRules(kind).api.permissionType;
    if (!type) return undefined;
    const objectId = api.permissionId ? await api.permissionId(this.transport, id) : id;
    const r = await this.transport.request<{ access_control_list?: JsonObject[] }>(
      'GET',
      `/api/2.0/permissions/${type}/${objectId}`,
      { idempotent: true },
    );
    return directGrants(r);
  }

  /**
   * The access control lists as the server answered the write that set them (the SDK's
   * PermissionsAPI.set returns ObjectPermissions, GrantsAPI.update the privilege assignments): the
   * read-back right after an apply takes them from here once, instead of asking again for every
   * object it wrote.
   */
  private readonly grantsJustSet = new Map<string, Grant[]>();

  async setPermissions(kind: KindName, id: string, grants: Grant[]): Promise<void> {
    const api = APIS[kind];
    if (api.setPermissions) {
      const answered = await api.setPermissions(this.transport, id, grants);
      if (answered) this.grantsJustSet.set(`${kind}/${id}`, answered);
      return;
    }
    const type = kindRules(kind).api.permissionType;
    if (!type) return;
    const objectId = api.permissionId ? await api.permissionId(this.transport, id) : id;
    // PUT replaces every direct grant (PATCH through the SDK would arrive with an empty body).
    const r = await this.transport.request<{ access_control_list?: JsonObject[] }>(
      'PUT',
      `/api/2.0/permissions/${type}/${objectId}`,
      { body: { access_control_list: grants as unknown as JsonObject[] }, idempotent: true },
    );
    if (Array.isArray(r.access_control_list)) this.grantsJustSet.set(`${kind}/${id}`, directGrants(r));
  }

  /**
   * Asks SCIM for the principals by name, a few in one request (`filter` with `eq` clauses joined by
   * `or`: the SDK's ListGroupsRequest); those not in the answer are missing. User names compare
   * without case, as SCIM's userName does.
   */
  async missingPrincipals(wanted: readonly PrincipalRef[]): Promise<PrincipalRef[]> {
    const missing: PrincipalRef[] = [];
    for (const [type, { path, attribute }] of Object.entries(SCIM_LISTS) as Array<
      [PrincipalRef['type'], (typeof SCIM_LISTS)[PrincipalRef['type']]]
    >) {
      const names = wanted.filter((p) => p.type === type).map((p) => p.name);
      for (let i = 0; i < names.length; i += SCIM_NAMES_PER_REQUEST) {
        const chunk = names.slice(i, i + SCIM_NAMES_PER_REQUEST);
        const filter = chunk.map((n) => `${attribute} eq ${JSON.stringify(n)}`).join(' or ');
        const r = await this.transport.request<{ Resources?: JsonObject[] }>('GET', path, {
          query: { filter, attributes: attribute, count: String(chunk.length) },
          idempotent: true,
        });
        const found = new Set((r.Resources ?? []).map((x) => String(x[attribute] ?? '').toLowerCase()));
        for (const name of chunk) if (!found.has(name.toLowerCase())) missing.push({ type, name });
      }
    }
    return missing;
  }

  async setLifecycle(kind: KindName, id: string, state: string): Promise<string[]> {
    return (await APIS[kind].setLifecycle?.(this.transport, id, state)) ?? [];
  }

  async stopActivity(kind: KindName, id: string): Promise<void> {
    if (kind === 'job')
      await this.transport.request('POST', '/api/2.2/jobs/runs/cancel-all', {
        body: { job_id: Number(id), all_queued_runs: true },
        idempotent: true,
      });
    else if (kind === 'pipeline')
      await this.transport.request('POST', `/api/2.0/pipelines/${id}/stop`, { idempotent: true });
  }

  async findOwned(kind: KindName, owner: string, name: string): Promise<string | undefined> {
    const hints: ReadHints = {
      names: { [kind]: [name] },
      stateIds: {},
      knownContent: {},
    };
    const all = await this.readAll([kind], hints);
    const marked = all.filter((o) => o.owner === owner);
    if (marked.length > 0) return marked[0]?.id;
    // Kinds without tags are unique by name (policies, scopes, paths).
    return all.find((o) => o.name === name && !o.owner)?.id;
  }

  readState(): Promise<StateRecord | undefined> {
    return this.state.read();
  }

  writeState(record: StateRecord): Promise<void> {
    return this.state.write(record);
  }

  /**
   * A file of the state folder (the record, the lock), written straight in: the folder is made
   * only when the write is refused for a missing parent (import does not make parents), which
   * wrote nothing, so it is simply written again.
   */
  private async writeIntoFolder(path: string, text: string, overwrite: boolean): Promise<void> {
    try {
      await this.writeFile(path, text, overwrite);
    } catch (err) {
      if (!(err instanceof DatabricksError && err.isNotFound)) throw err;
      await this.mkdirs(this.folder);
      await this.writeFile(path, text, overwrite);
    }
  }

  peekLock(): Promise<LockInfo | undefined> {
    return this.lock.peek();
  }

  async makeStateFolder(): Promise<void> {
    await this.mkdirs(this.folder);
  }

  async acquireLock(
    lock: LockInfo,
    now: number,
  ): Promise<{ acquired: true; lock: LockInfo } | { acquired: false; holder: LockInfo }> {
    return this.lock.acquire(lock, now);
  }

  renewLock(lock: LockInfo, expiresAt: string): Promise<LockInfo> {
    return this.lock.renew(lock, expiresAt);
  }

  releaseLock(lock: LockInfo): Promise<'released' | 'not-held'> {
    return this.lock.release(lock);
  }

  breakLock(by: string, at: string): Promise<LockInfo | undefined> {
    return this.lock.break(by, at);
  }

  private readonly lock: WorkspaceLock;

  /** The lock protocol over this workspace's files, built once. */
  private makeLock(): WorkspaceLock {
    return new WorkspaceLock(
      {
        read: (path) => this.readFile(path),
        create: (path, text) => this.writeIntoFolder(path, text, false),
        overwrite: (path, text) => this.writeFile(path, text, true),
        remove: (path) => this.removeFile(path),
        isTaken: (err) =>
          err instanceof AmbiguousWriteError || (err instanceof DatabricksError && err.isAlreadyExists),
      },
      this.folder,
    );
  }

  private async removeFile(path: string): Promise<void> {
    await ignoreNotFound(() =>
      this.transport.request('POST', '/api/2.0/workspace/delete', { body: { path }, idempotent: true }),
    );
  }

  private async mkdirs(path: string): Promise<void> {
    await this.transport.request('POST', '/api/2.0/workspace/mkdirs', { body: { path }, idempotent: true });
  }

  private async readFile(path: string): Promise<string | undefined> {
    try {
      const r = await this.transport.request<{ content?: string }>('GET', '/api/2.0/workspace/export', {
        query: { path, format: 'AUTO' },
        idempotent: true,
      });
      return Buffer.from(r.content ?? '', 'base64').toString('utf8');
    } catch (err) {
      if (err instanceof DatabricksError && err.isNotFound) return undefined;
      throw err;
    }
  }

  private async writeFile(path: string, text: string, overwrite: boolean): Promise<void> {
    await this.transport.request('POST', '/api/2.0/workspace/import', {
      body: { path, format: 'RAW', content: Buffer.from(text, 'utf8').toString('base64'), overwrite },
      idempotent: overwrite,
    });
  }
}

/** The direct grants of a permissions answer (GET or PUT): inherited ones left out. */
function directGrants(r: { access_control_list?: JsonObject[] }): Grant[] {
  const grants: Grant[] = [];
  for (const entry of r.access_control_list ?? []) {
    const who = (['user_name', 'group_name', 'service_principal_name'] as const).find(
      (k) => typeof entry[k] === 'string',
    );
    const all = Array.isArray(entry.all_permissions) ? (entry.all_permissions as JsonObject[]) : [];
    for (const p of all) {
      if (p.inherited === true || !who || typeof p.permission_level !== 'string') continue;
      grants.push({ [who]: String(entry[who]), permission_level: p.permission_level });
    }
  }
  return grants;
}
