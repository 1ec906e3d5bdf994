import { isApplicationId } from '../../../core/live/acl.ts';
import type { Grant } from '../../../core/model/definition.ts';
import type { JsonObject } from '../../../core/model/json.ts';
import type { KindName } from '../../../core/model/kinds.ts';
import type { ObservedObject, ReadHints } from '../../../ports/workspace.ts';
import type { Transport } from '../transport.ts';
import { ignoreNotFound, type KindApi, observedObject, paginate } from './api.ts';

/**
 * Unity Catalog storage credentials, external locations, catalogs, schemas and volumes (the SDK's
 * StorageCredentialsAPI, ExternalLocationsAPI, CatalogsAPI, SchemasAPI, VolumesAPI), and their
 * grants (GrantsAPI). UC knows each by its full name, which is also its id here. A PATCH
 * changes only what it names; what cannot be updated is a recreate in the kind's rules.
 */
const UC = '/api/2.1/unity-catalog';

interface UcKind {
  kind: KindName;
  /** Path segment of the collection, the key of its list answer, and the permissions API's securable type. */
  collection: string;
  listKey: string;
  securable: string;
  /** Fields the update request takes (the SDK's UpdateCatalog, UpdateSchema, UpdateVolumeRequestContent). */
  updatable: readonly string[];
  /** The list calls that find the objects of interest: one per parent (UC lists by catalog, by schema). */
  parents(t: Transport, hints: ReadHints, kind: KindName): Promise<Array<Record<string, string>>>;
}

function ucApi(k: UcKind): KindApi {
  const byName = (id: string) => `${UC}/${k.collection}/${encodeURIComponent(id)}`;
  return {
    kind: k.kind,
    async list(t, hints) {
      const out: ObservedObject[] = [];
      for (const query of await k.parents(t, hints, k.kind)) {
        // A catalog or schema not made yet holds nothing: its list answers 404.
        const items = await listIn(async (token) => {
          const page = await t.request<Record<string, unknown>>('GET', `${UC}/${k.collection}`, {
            query: { ...query, max_results: 1000, page_token: token },
            idempotent: true,
          });
          const list = (page[k.listKey] as JsonObject[] | undefined) ?? [];
          return { items: list, next: (page.next_page_token as string | undefined) || undefined };
        });
        for (const item of items)
          if (!isSystemObject(item))
            out.push(observedObject(k.kind, String(item.full_name ?? item.name), item));
      }
      return out;
    },
    async create(t, obj) {
      const r = await t.request<JsonObject>('POST', `${UC}/${k.collection}`, {
        body: obj.spec,
        idempotent: false,
      });
      return String(r.full_name ?? r.name);
    },
    async update(t, id, obj) {
      const body: JsonObject = {};
      for (const field of k.updatable) if (obj.spec[field] !== undefined) body[field] = obj.spec[field];
      await t.request('PATCH', byName(id), { body, idempotent: true });
    },
    async delete(t, id) {
      // Never with `force`: a catalog or schema that still holds tables is left, with the error.
      await ignoreNotFound(() => t.request('DELETE', byName(id), { idempotent: true }));
    },
    readPermissions: (t, id) => readGrants(t, k.securable, id),
    setPermissions: (t, id, grants) => setGrants(t, k.securable, id, grants),
  };
}

async function listIn(
  fetchPage: (token: string | undefined) => Promise<{ items: JsonObject[]; next?: string | undefined }>,
): Promise<JsonObject[]> {
  try {
    return await paginate(fetchPage);
  } catch (err) {
    if ((err as { isNotFound?: boolean }).isNotFound) return [];
    throw err;
  }
}

/** The catalogs UC makes itself (system, the workspace's hive_metastore): never codeploy's. */
function isSystemObject(item: JsonObject): boolean {
  const type = String(item.catalog_type ?? '');
  return (
    ['SYSTEM_CATALOG', 'INTERNAL_CATALOG'].includes(type) ||
    item.name === 'hive_metastore' ||
    item.name === 'information_schema'
  );
}

/**
 * The parents to list in: those the full names of interest name (`a.b` → catalog `a`; `a.b.c` →
 * schema `a.b`), or, to read everything, every catalog (and every schema in it).
 */
async function parentsOf(
  t: Transport,
  hints: ReadHints,
  kind: KindName,
  depth: 1 | 2,
): Promise<Array<Record<string, string>>> {
  const names = hints.everything
    ? await allParents(t, depth)
    : [...(hints.names[kind] ?? []), ...(hints.stateIds[kind] ?? [])];
  const parents = new Set(names.map((n) => n.split('.').slice(0, depth).join('.')));
  return [...parents].sort().map((p): Record<string, string> => {
    const [catalog_name = '', schema_name = ''] = p.split('.');
    return depth === 1 ? { catalog_name } : { catalog_name, schema_name };
  });
}

/** Full names of every catalog (depth 1) or every schema (depth 2), with a dot to make them parents. */
async function allParents(t: Transport, depth: 1 | 2): Promise<string[]> {
  const catalogs = (await catalogsApi.list(t, { names: {}, stateIds: {}, knownContent: {} })).map(
    (c) => `${c.id}.`,
  );
  if (depth === 1) return catalogs;
  const hints: ReadHints = { names: {}, stateIds: {}, knownContent: {}, everything: true };
  return (await schemasApi.list(t, hints)).map((s) => `${s.id}.`);
}

export const storageCredentialsApi = ucApi({
  kind: 'storage-credential',
  collection: 'storage-credentials',
  listKey: 'storage_credentials',
  securable: 'storage_credential',
  updatable: [
    'aws_iam_role',
    'azure_managed_identity',
    'databricks_gcp_service_account',
    'comment',
    'read_only',
    'skip_validation',
  ],
  parents: async () => [{}],
});

export const externalLocationsApi = ucApi({
  kind: 'external-location',
  collection: 'external-locations',
  listKey: 'external_locations',
  securable: 'external_location',
  updatable: [
    'url',
    'credential_name',
    'comment',
    'read_only',
    'fallback',
    'enable_file_events',
    'file_event_queue',
    'encryption_details',
    'skip_validation',
  ],
  parents: async () => [{}],
});

export const catalogsApi = ucApi({
  kind: 'catalog',
  collection: 'catalogs',
  listKey: 'catalogs',
  securable: 'catalog',
  updatable: ['comment', 'properties', 'options'],
  parents: async () => [{}],
});

export const schemasApi = ucApi({
  kind: 'schema',
  collection: 'schemas',
  listKey: 'schemas',
  securable: 'schema',
  updatable: ['comment', 'properties'],
  parents: (t, hints, kind) => parentsOf(t, hints, kind, 1),
});

export const volumesApi = ucApi({
  kind: 'volume',
  collection: 'volumes',
  listKey: 'volumes',
  securable: 'volume',
  updatable: ['comment'],
  parents: (t, hints, kind) => parentsOf(t, hints, kind, 2),
});

/** UC names a principal by one string: a user by e-mail, a service principal by application id, else a group. */
function grantFor(principal: string, privilege: string): Grant {
  if (principal.includes('@')) return { user_name: principal, permission_level: privilege };
  if (isApplicationId(principal)) return { service_principal_name: principal, permission_level: privilege };
  return { group_name: principal, permission_level: privilege };
}

function principalOf(g: Grant): string {
  return g.group_name ?? g.user_name ?? g.service_principal_name ?? g.principal ?? '';
}

type Assignments = Array<{ principal: string; privileges?: string[] }>;

async function assignments(t: Transport, securable: string, id: string): Promise<Assignments> {
  const r = await t.request<{ privilege_assignments?: Assignments }>(
    'GET',
    `${UC}/permissions/${securable}/${encodeURIComponent(id)}`,
    { idempotent: true },
  );
  return r.privilege_assignments ?? [];
}

async function readGrants(t: Transport, securable: string, id: string): Promise<Grant[]> {
  return grantsOf(await assignments(t, securable, id));
}

function grantsOf(held: Assignments): Grant[] {
  return held.flatMap((a) => (a.privileges ?? []).map((p) => grantFor(a.principal, p)));
}

/**
 * Makes the grants exactly `grants`: one PATCH of the changes from what UC holds now (the
 * permissions API takes changes, not a list: the SDK's UpdatePermissions), adding what is missing
 * and removing what the definition no longer names.
 */
async function setGrants(t: Transport, securable: string, id: string, grants: Grant[]): Promise<Grant[]> {
  const wanted = new Map<string, Set<string>>();
  for (const g of grants) {
    const set = wanted.get(principalOf(g)) ?? new Set<string>();
    set.add(String(g.permission_level ?? ''));
    wanted.set(principalOf(g), set);
  }
  const current = await assignments(t, securable, id);
  const held = new Map(current.map((a) => [a.principal, new Set(a.privileges ?? [])]));
  const changes: JsonObject[] = [];
  for (const principal of new Set([...wanted.keys(), ...held.keys()])) {
    const want = wanted.get(principal) ?? new Set<string>();
    const have = held.get(principal) ?? new Set<string>();
    const add = [...want].filter((p) => !have.has(p)).sort();
    const remove = [...have].filter((p) => !want.has(p)).sort();
    if (add.length > 0 || remove.length > 0)
      changes.push({ principal, ...(add.length ? { add } : {}), ...(remove.length ? { remove } : {}) });
  }
  if (changes.length === 0) return grantsOf(current);
  // UpdatePermissions answers with the assignments as they now stand (the SDK's UpdatePermissionsResponse).
  const r = await t.request<{ privilege_assignments?: Assignments }>(
    'PATCH',
    `${UC}/permissions/${securable}/${encodeURIComponent(id)}`,
    { body: { changes }, idempotent: true },
  );
  return grantsOf(r.privilege_assignments ?? []);
}
