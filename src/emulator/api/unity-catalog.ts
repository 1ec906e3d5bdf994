import { isObject, type JsonObject } from '../../core/model/json.ts';
import { ApiFailure, invalid, notFound } from '../errors.ts';
import type { WorkspaceState } from '../state.ts';
import type { Call, Route } from '../types.ts';
import { pageOf } from './paging.ts';

/**
 * Unity Catalog storage credentials, external locations, catalogs, schemas and volumes of this
 * workspace's metastore, and their grants. Sources: the SDK's catalog models (the Create*, *Info,
 * Update* and Delete* requests, UpdatePermissions) and the databricks/cli testserver
 * (external_locations.go, catalogs.go, schemas.go, volumes.go, grants.go).
 */
const UC = '/api/2.1/unity-catalog';

/** 409 for a name that exists: the SDK maps it to ResourceAlreadyExists. */
const taken = (message: string) => new ApiFailure(409, 'RESOURCE_ALREADY_EXISTS', message);

/** UC refuses these in a name (databricks/cli libs/testserver/catalogs.go, UC's canned error). */
function checkName(kind: string, name: unknown): string {
  if (typeof name !== 'string' || name === '' || /[\s./]/.test(name) || [...name].some((c) => c < ' '))
    throw invalid(
      `Invalid input: ${kind} name "${String(name ?? '')}" is not a valid name. Valid names cannot contain spaces, periods, forward slashes, or control characters.`,
    );
  return name;
}

/** What every UC GET carries beside the request's fields (the SDK's *Info models). */
function stamp(ws: WorkspaceState, user: string, fullName: string): JsonObject {
  const now = Date.now();
  return {
    full_name: fullName,
    owner: user,
    created_by: user,
    updated_by: user,
    created_at: now,
    updated_at: now,
    metastore_id: ws.metastoreId,
  };
}

function found(map: Map<string, JsonObject>, what: string, name: string | undefined): JsonObject {
  const item = map.get(String(name));
  if (!item) throw notFound(`${what} '${String(name)}' does not exist.`);
  return item;
}

/** Fields an update may change (the SDK's UpdateCatalog, UpdateSchema, UpdateVolumeRequestContent); others are refused. */
function patch(item: JsonObject, body: JsonObject, updatable: readonly string[], user: string): void {
  const refused = Object.keys(body).filter(
    (k) => !updatable.includes(k) && k !== 'full_name' && k !== 'name',
  );
  if (refused.length > 0) throw invalid(`Cannot update ${refused.join(', ')}`);
  for (const k of updatable) if (body[k] !== undefined) item[k] = body[k] as JsonObject[string];
  item.updated_by = user;
  item.updated_at = Date.now();
}

/** The SDK's DeleteCatalogRequest/DeleteSchemaRequest `force`: "even if the catalog is not empty". */
function refuseIfNotEmpty(children: Iterable<string>, prefix: string, what: string, query: URLSearchParams) {
  if (query.get('force') === 'true') return;
  const held = [...children].filter((k) => k.startsWith(`${prefix}.`));
  if (held.length > 0) throw invalid(`${what} '${prefix}' is not empty. It holds ${held.length} object(s).`);
}

const CATALOG_UPDATABLE = [
  'comment',
  'properties',
  'options',
  'owner',
  'isolation_mode',
  'enable_predictive_optimization',
];
const SCHEMA_UPDATABLE = ['comment', 'properties', 'owner', 'enable_predictive_optimization'];
const VOLUME_UPDATABLE = ['comment', 'owner'];

/** The role UC assumes a credential's role from (the SDK's AwsIamRoleResponse.unity_catalog_iam_arn). */
const UC_MASTER_ROLE = 'arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL';

/** A credential as UC shows it: the identity with what UC filled in (the SDK's *Response models). */
function credentialView(ws: WorkspaceState, body: JsonObject): JsonObject {
  const out: JsonObject = { ...body };
  delete out.skip_validation;
  if (isObject(body.aws_iam_role))
    out.aws_iam_role = {
      ...body.aws_iam_role,
      external_id: ws.metastoreId,
      unity_catalog_iam_arn: UC_MASTER_ROLE,
    };
  if (isObject(body.azure_managed_identity))
    out.azure_managed_identity = { ...body.azure_managed_identity, credential_id: ws.nextHexId(32) };
  if (isObject(body.databricks_gcp_service_account) || body.databricks_gcp_service_account === undefined) {
    if (!body.aws_iam_role && !body.azure_managed_identity)
      out.databricks_gcp_service_account = { email: `uc-${ws.nextHexId(8)}@uc.iam.gserviceaccount.com` };
  }
  return out;
}

const CREDENTIAL_UPDATABLE = [
  'aws_iam_role',
  'azure_managed_identity',
  'databricks_gcp_service_account',
  'comment',
  'read_only',
  'skip_validation',
  'owner',
];
const LOCATION_UPDATABLE = [
  'url',
  'credential_name',
  'comment',
  'read_only',
  'fallback',
  'enable_file_events',
  'file_event_queue',
  'encryption_details',
  'skip_validation',
  'owner',
];

const credentialRoutes: Route[] = [
  {
    method: 'POST',
    pattern: `${UC}/storage-credentials`,
    handler: ({ ws, body, user }) => {
      const name = checkName('storage credential', body.name);
      if (ws.ucCredentials.has(name)) throw taken(`Storage Credential '${name}' already exists`);
      const info: JsonObject = {
        ...credentialView(ws, body),
        ...stamp(ws, user, name),
        id: ws.nextHexId(32),
      };
      ws.ucCredentials.set(name, info);
      return info;
    },
  },
  {
    method: 'GET',
    pattern: `${UC}/storage-credentials`,
    handler: (call) =>
      pageOf([...call.ws.ucCredentials.values()], 'storage_credentials', call.query, 'max_results', 1000),
  },
  {
    method: 'GET',
    pattern: `${UC}/storage-credentials/:name`,
    handler: ({ ws, params }) => found(ws.ucCredentials, 'Storage Credential', params.name),
  },
  {
    method: 'PATCH',
    pattern: `${UC}/storage-credentials/:name`,
    handler: ({ ws, params, body, user }) => {
      const item = found(ws.ucCredentials, 'Storage Credential', params.name);
      patch(item, body, CREDENTIAL_UPDATABLE, user);
      Object.assign(item, credentialView(ws, item));
      return item;
    },
  },
  {
    method: 'DELETE',
    pattern: `${UC}/storage-credentials/:name`,
    handler: ({ ws, params, query }) => {
      const name = String(params.name);
      found(ws.ucCredentials, 'Storage Credential', name);
      // The SDK's DeleteStorageCredentialRequest `force`: "even if there are dependent external locations".
      const users = [...ws.ucLocations.values()].filter((l) => l.credential_name === name);
      if (users.length > 0 && query.get('force') !== 'true')
        throw invalid(`Storage credential '${name}' has ${users.length} dependent external location(s).`);
      ws.ucCredentials.delete(name);
      forgetGrants(ws, name, 'storage_credential');
      return {};
    },
  },
];

const locationRoutes: Route[] = [
  {
    method: 'POST',
    pattern: `${UC}/external-locations`,
    handler: ({ ws, body, user }) => {
      const name = checkName('external location', body.name);
      // databricks/cli libs/testserver/external_locations.go: a url is required.
      if (typeof body.url !== 'string' || body.url === '')
        throw invalid('CreateExternalLocation Missing required field: url');
      // CreateExternalLocation.credential_name names a storage credential of the metastore.
      found(ws.ucCredentials, 'Storage Credential', String(body.credential_name));
      if (ws.ucLocations.has(name)) throw taken(`External Location '${name}' already exists`);
      const { skip_validation: _skip, ...kept } = body;
      const info: JsonObject = { ...kept, ...stamp(ws, user, name) };
      delete info.full_name;
      ws.ucLocations.set(name, info);
      return info;
    },
  },
  {
    method: 'GET',
    pattern: `${UC}/external-locations`,
    handler: (call) =>
      pageOf([...call.ws.ucLocations.values()], 'external_locations', call.query, 'max_results', 1000),
  },
  {
    method: 'GET',
    pattern: `${UC}/external-locations/:name`,
    handler: ({ ws, params }) => found(ws.ucLocations, 'External Location', params.name),
  },
  {
    method: 'PATCH',
    pattern: `${UC}/external-locations/:name`,
    handler: ({ ws, params, body, user }) => {
      const item = found(ws.ucLocations, 'External Location', params.name);
      if (body.credential_name !== undefined)
        found(ws.ucCredentials, 'Storage Credential', String(body.credential_name));
      patch(item, body, LOCATION_UPDATABLE, user);
      delete item.skip_validation;
      return item;
    },
  },
  {
    method: 'DELETE',
    pattern: `${UC}/external-locations/:name`,
    handler: ({ ws, params }) => {
      found(ws.ucLocations, 'External Location', params.name);
      ws.ucLocations.delete(String(params.name));
      forgetGrants(ws, String(params.name), 'external_location');
      return {};
    },
  },
];

const catalogRoutes: Route[] = [
  {
    method: 'POST',
    pattern: `${UC}/catalogs`,
    handler: ({ ws, body, user }) => {
      const name = checkName('catalog', body.name);
      if (ws.ucCatalogs.has(name)) throw taken(`Catalog '${name}' already exists`);
      const info: JsonObject = { ...body, ...stamp(ws, user, name), catalog_type: 'MANAGED_CATALOG' };
      // A managed catalog's tables go under its storage root (CatalogInfo.storage_location).
      if (typeof body.storage_root === 'string')
        info.storage_location = `${body.storage_root.replace(/\/$/, '')}/__unitystorage/catalogs/${ws.nextHexId(32)}`;
      ws.ucCatalogs.set(name, info);
      return info;
    },
  },
  {
    method: 'GET',
    pattern: `${UC}/catalogs`,
    handler: (call) => pageOf([...call.ws.ucCatalogs.values()], 'catalogs', call.query, 'max_results', 1000),
  },
  {
    method: 'GET',
    pattern: `${UC}/catalogs/:name`,
    handler: ({ ws, params }) => found(ws.ucCatalogs, 'Catalog', params.name),
  },
  {
    method: 'PATCH',
    pattern: `${UC}/catalogs/:name`,
    handler: ({ ws, params, body, user }) => {
      const item = found(ws.ucCatalogs, 'Catalog', params.name);
      patch(item, body, CATALOG_UPDATABLE, user);
      return item;
    },
  },
  {
    method: 'DELETE',
    pattern: `${UC}/catalogs/:name`,
    handler: ({ ws, params, query }) => {
      const name = String(params.name);
      found(ws.ucCatalogs, 'Catalog', name);
      refuseIfNotEmpty(ws.ucSchemas.keys(), name, 'Catalog', query);
      for (const map of [ws.ucSchemas, ws.ucVolumes])
        for (const key of [...map.keys()]) if (key.startsWith(`${name}.`)) map.delete(key);
      ws.ucCatalogs.delete(name);
      forgetGrants(ws, name);
      return {};
    },
  },
];

const schemaRoutes: Route[] = [
  {
    method: 'POST',
    pattern: `${UC}/schemas`,
    handler: ({ ws, body, user }) => {
      const catalog = found(ws.ucCatalogs, 'Catalog', String(body.catalog_name));
      // UC stores schema names in lower case (databricks/cli libs/testserver/schemas.go).
      const name = checkName('schema', body.name).toLowerCase();
      const full = `${String(catalog.name)}.${name}`;
      if (ws.ucSchemas.has(full)) throw taken(`Schema '${full}' already exists`);
      const info: JsonObject = { ...body, name, ...stamp(ws, user, full), schema_id: ws.nextHexId(32) };
      ws.ucSchemas.set(full, info);
      return info;
    },
  },
  {
    method: 'GET',
    pattern: `${UC}/schemas`,
    handler: (call) => {
      // The SDK's ListSchemasRequest: catalog_name is required.
      const catalog = found(call.ws.ucCatalogs, 'Catalog', call.query.get('catalog_name') ?? undefined);
      const items = [...call.ws.ucSchemas.values()].filter((s) => s.catalog_name === catalog.name);
      return pageOf(items, 'schemas', call.query, 'max_results', 1000);
    },
  },
  {
    method: 'GET',
    pattern: `${UC}/schemas/:name`,
    handler: ({ ws, params }) => found(ws.ucSchemas, 'Schema', params.name),
  },
  {
    method: 'PATCH',
    pattern: `${UC}/schemas/:name`,
    handler: ({ ws, params, body, user }) => {
      const item = found(ws.ucSchemas, 'Schema', params.name);
      patch(item, body, SCHEMA_UPDATABLE, user);
      return item;
    },
  },
  {
    method: 'DELETE',
    pattern: `${UC}/schemas/:name`,
    handler: ({ ws, params, query }) => {
      const name = String(params.name);
      found(ws.ucSchemas, 'Schema', name);
      refuseIfNotEmpty(ws.ucVolumes.keys(), name, 'Schema', query);
      for (const key of [...ws.ucVolumes.keys()]) if (key.startsWith(`${name}.`)) ws.ucVolumes.delete(key);
      ws.ucSchemas.delete(name);
      forgetGrants(ws, name);
      return {};
    },
  },
];

const volumeRoutes: Route[] = [
  {
    method: 'POST',
    pattern: `${UC}/volumes`,
    handler: ({ ws, body, user }) => {
      const schemaFull = `${String(body.catalog_name)}.${String(body.schema_name)}`;
      found(ws.ucSchemas, 'Schema', schemaFull);
      const name = checkName('volume', body.name).toLowerCase();
      const full = `${schemaFull}.${name}`;
      if (ws.ucVolumes.has(full)) throw taken(`Volume '${full}' already exists`);
      // The SDK's CreateVolumeRequestContent: an EXTERNAL volume is at the location given, a
      // MANAGED one in the default location of its schema, catalog or metastore.
      if (body.volume_type === 'EXTERNAL' && typeof body.storage_location !== 'string')
        throw invalid('An external volume needs a storage_location');
      if (body.volume_type === 'MANAGED' && body.storage_location !== undefined)
        throw invalid('A managed volume cannot have a storage_location');
      if (body.volume_type !== 'EXTERNAL' && body.volume_type !== 'MANAGED')
        throw invalid(`volume_type must be MANAGED or EXTERNAL, not ${JSON.stringify(body.volume_type)}`);
      const location =
        body.volume_type === 'MANAGED'
          ? `s3://${ws.metastoreId}/volumes/${ws.nextHexId(32)}`
          : body.storage_location;
      const info: JsonObject = {
        ...body,
        name,
        ...stamp(ws, user, full),
        storage_location: location as string,
        volume_id: ws.nextHexId(32),
      };
      ws.ucVolumes.set(full, info);
      return info;
    },
  },
  {
    method: 'GET',
    pattern: `${UC}/volumes`,
    handler: (call) => {
      // The SDK's ListVolumesRequest: catalog_name and schema_name are required.
      const schemaFull = `${call.query.get('catalog_name') ?? ''}.${call.query.get('schema_name') ?? ''}`;
      found(call.ws.ucSchemas, 'Schema', schemaFull);
      const items = [...call.ws.ucVolumes.values()].filter(
        (v) => `${v.catalog_name}.${v.schema_name}` === schemaFull,
      );
      return pageOf(items, 'volumes', call.query, 'max_results', 1000);
    },
  },
  {
    method: 'GET',
    pattern: `${UC}/volumes/:name`,
    handler: ({ ws, params }) => found(ws.ucVolumes, 'Volume', params.name),
  },
  {
    method: 'PATCH',
    pattern: `${UC}/volumes/:name`,
    handler: ({ ws, params, body, user }) => {
      const item = found(ws.ucVolumes, 'Volume', params.name);
      patch(item, body, VOLUME_UPDATABLE, user);
      return item;
    },
  },
  {
    method: 'DELETE',
    pattern: `${UC}/volumes/:name`,
    handler: ({ ws, params }) => {
      found(ws.ucVolumes, 'Volume', params.name);
      ws.ucVolumes.delete(String(params.name));
      forgetGrants(ws, String(params.name));
      return {};
    },
  },
];

const SECURABLES: Record<string, (ws: WorkspaceState) => Map<string, JsonObject>> = {
  storage_credential: (ws) => ws.ucCredentials,
  external_location: (ws) => ws.ucLocations,
  catalog: (ws) => ws.ucCatalogs,
  schema: (ws) => ws.ucSchemas,
  volume: (ws) => ws.ucVolumes,
};

function securable(call: Call): string {
  const type = String(call.params.type).toLowerCase();
  const of = SECURABLES[type];
  if (!of) throw invalid(`Unsupported securable type ${type}`);
  found(of(call.ws), type, call.params.name);
  return `${type}/${String(call.params.name)}`;
}

/** A deleted securable's grants go with it, and those of everything it held. */
function forgetGrants(ws: WorkspaceState, fullName: string, type?: string): void {
  for (const key of [...ws.ucGrants.keys()]) {
    const [keyType = '', name = ''] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)];
    const nested = ['catalog', 'schema', 'volume'].includes(keyType) && !type;
    if (
      (type === undefined || keyType === type) &&
      (name === fullName || (nested && name.startsWith(`${fullName}.`)))
    )
      ws.ucGrants.delete(key);
  }
}

function assignments(ws: WorkspaceState, key: string): JsonObject {
  const held = ws.ucGrants.get(key) ?? new Map<string, Set<string>>();
  return {
    privilege_assignments: [...held]
      .filter(([, privileges]) => privileges.size > 0)
      .map(([principal, privileges]) => ({ principal, privileges: [...privileges].sort() })),
  };
}

/**
 * A UC principal is an account-level user (by e-mail), service principal (by application id) or
 * group: a name UC cannot find is refused, the workspace-local `admins` group too. Source:
 * terraform-provider-databricks issues #1773, #5045, #5413 ("Could not find principal with name").
 */
function checkPrincipal(ws: WorkspaceState, principal: string): void {
  const known =
    principal !== 'admins' &&
    (ws.directory.groups.has(principal) ||
      ws.directory.users.has(principal) ||
      ws.directory.servicePrincipals.has(principal));
  if (!known) throw invalid(`Could not find principal with name ${principal}`);
}

const grantRoutes: Route[] = [
  {
    method: 'GET',
    pattern: `${UC}/permissions/:type/:name`,
    handler: (call) => assignments(call.ws, securable(call)),
  },
  {
    method: 'PATCH',
    pattern: `${UC}/permissions/:type/:name`,
    handler: (call) => {
      const key = securable(call);
      const changes = Array.isArray(call.body.changes) ? (call.body.changes as JsonObject[]) : [];
      for (const change of changes) {
        const add = (change.add as string[] | undefined) ?? [];
        const remove = (change.remove as string[] | undefined) ?? [];
        // databricks/cli libs/testserver/grants.go: the same privilege added and removed is refused.
        if (add.some((p) => remove.includes(p)))
          throw invalid(`Duplicate privileges to add and delete for principal ${String(change.principal)}.`);
        if (add.length > 0) checkPrincipal(call.ws, String(change.principal));
      }
      const held = call.ws.ucGrants.get(key) ?? new Map<string, Set<string>>();
      for (const change of changes) {
        const principal = String(change.principal ?? '');
        if (!principal) continue;
        const privileges = held.get(principal) ?? new Set<string>();
        for (const p of (change.remove as string[] | undefined) ?? []) {
          if (p === 'ALL_PRIVILEGES') privileges.clear();
          else privileges.delete(p);
        }
        for (const p of (change.add as string[] | undefined) ?? []) privileges.add(p);
        held.set(principal, privileges);
      }
      call.ws.ucGrants.set(key, held);
      return assignments(call.ws, key);
    },
  },
];

export const unityCatalogRoutes: Route[] = [
  ...credentialRoutes,
  ...locationRoutes,
  ...catalogRoutes,
  ...schemaRoutes,
  ...volumeRoutes,
  ...grantRoutes,
];
