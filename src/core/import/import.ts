import { stringify } from 'yaml';
import { toCreateShape } from '../kinds/create-shape.ts';
import { kindRules } from '../kinds/index.ts';
import { parseDocuments } from '../load/documents.ts';
import type { Grant } from '../model/definition.ts';
import type { Diagnostics } from '../model/diagnostics.ts';
import { isObject, type Json, type JsonObject } from '../model/json.ts';
import type { KindName } from '../model/kinds.ts';
import { type Segment, toDisplay } from '../model/path.ts';
import { idFieldAt } from '../validate/id-fields.ts';
import { detectPayload, type FoundObject, PERMISSION_TYPES } from './detect.ts';

export interface ImportInput {
  file: string;
  text: string;
}

export interface ImportedDefinition {
  kind: KindName;
  name: string;
  /** Where to write it, relative to the output folder: `jobs/nightly-etl.yml`. */
  path: string;
  text: string;
}

export interface ImportResult {
  definitions: ImportedDefinition[];
  /**
   * Ids that refer to objects outside the import, replaced by `${var.NAME}`: NAME → the id. Each
   * region needs its own value for these in codeploy.yml.
   */
  variables: Record<string, string>;
}

/** An object on its way to a definition file (shared with `codeploy export`). */
export interface Pending {
  kind: KindName;
  name: string;
  sourceId?: string;
  from: string;
  spec: JsonObject;
  permissions?: Grant[];
  /** For notebooks and files: the content file, relative to the definition's folder. */
  source?: string;
}

/**
 * Turns raw Databricks API JSON (GET, list and create payloads of any kind) into definitions:
 * read-only fields stripped, wrappers unwrapped, ids of other imported objects turned into
 * references, permissions payloads attached to their objects. Problems are diagnostics; valid
 * payloads are imported even when others fail.
 */
export function importPayloads(inputs: readonly ImportInput[], diags: Diagnostics): ImportResult {
  const pending: Pending[] = [];
  const permissionPayloads: Array<{ file: string; type: string; id: string; acl: JsonObject[] }> = [];
  for (const input of inputs) {
    for (const doc of parseDocuments(input.file, input.text, diags)) {
      const payload = detectPayload(doc.value);
      const location = { file: input.file, ...doc.locate([]) };
      if (payload.type === 'refused') diags.error('import', `refused: ${payload.why}`, { location });
      else if (payload.type === 'permissions') {
        const objectType =
          payload.objectType in PERMISSION_TYPES
            ? payload.objectType
            : String((doc.value as JsonObject).object_type ?? '');
        permissionPayloads.push({
          file: input.file,
          type: objectType,
          id: payload.objectId,
          acl: payload.acl,
        });
      } else for (const found of payload.objects) addObject(pending, found, input.file, diags);
    }
  }
  const variables: Record<string, string> = {};
  for (const p of pending) p.spec = referencesForIds(p, pending, variables, diags);
  for (const perms of permissionPayloads) attachPermissions(perms, pending, diags);
  return {
    definitions: pending.map((p) => ({
      kind: p.kind,
      name: p.name,
      path: `${kindRules(p.kind).plural}/${p.name}.yml`,
      text: definitionText(p),
    })),
    variables,
  };
}

function addObject(pending: Pending[], found: FoundObject, file: string, diags: Diagnostics): void {
  const rules = kindRules(found.kind);
  const { spec } = toCreateShape(rules, found.raw);
  const apiName = rules.nameField ? spec[rules.nameField] : undefined;
  const same = pending.find(
    (p) => p.kind === found.kind && p.sourceId !== undefined && p.sourceId === found.sourceId,
  );
  if (same && (apiName === undefined || same.spec[rules.nameField ?? ''] === apiName)) {
    diags.notice(
      'import',
      `${found.kind} ${found.sourceId} is already imported (as "${same.name}" from ${same.from}); skipped`,
      {
        location: { file, line: 1, column: 1 },
      },
    );
    return;
  }
  const name = uniqueName(pending, found.kind, spec, fileStem(file), found.sourceId);
  pending.push({
    kind: found.kind,
    name,
    from: file,
    spec,
    ...(found.sourceId !== undefined ? { sourceId: found.sourceId } : {}),
  });
}

/**
 * A definition name for an object: what the workspace names it (its name field, or the last part of
 * its path for a Git folder), as a slug, else `fallback`; `-2`, `-3`… when the kind has it already.
 */
export function uniqueName(
  pending: readonly Pending[],
  kind: KindName,
  spec: JsonObject,
  fallback: string,
  sourceId?: string,
): string {
  const rules = kindRules(kind);
  const apiName = rules.nameField ? spec[rules.nameField] : undefined;
  const known =
    apiName ??
    (rules.identity.field === 'path'
      ? String(spec.path ?? '')
          .split('/')
          .pop()
      : undefined);
  const base =
    slug(typeof known === 'string' && known !== '' ? known : fallback) || `${kind}-${sourceId ?? 'imported'}`;
  let name = base;
  for (let n = 2; pending.some((p) => p.kind === kind && p.name === name); n++) name = `${base}-${n}`;
  return name;
}

/** Literal ids become references to imported objects, or per-region variables when not imported. */
export function referencesForIds(
  p: Pending,
  all: Pending[],
  variables: Record<string, string>,
  diags: Diagnostics,
): JsonObject {
  const visit = (value: Json, path: Segment[]): Json | undefined => {
    if (Array.isArray(value))
      return value.map((v, i) => visit(v, [...path, i])).filter((v): v is Json => v !== undefined);
    if (isObject(value)) {
      const out: JsonObject = {};
      for (const [k, v] of Object.entries(value)) {
        const mapped = visit(v, [...path, k]);
        if (mapped !== undefined) out[k] = mapped;
      }
      return out;
    }
    const field = idFieldAt(path);
    if (!field || (typeof value !== 'string' && typeof value !== 'number') || String(value).includes('${'))
      return value;
    const where = { location: { file: p.from, line: 1, column: 1 }, path: toDisplay(['spec', ...path]) };
    if (value === '') {
      diags.warning(
        'import',
        `${p.kind} "${p.name}": dropped an empty ${field.kind} id (a placeholder the source filled at deploy time)`,
        where,
      );
      return undefined;
    }
    const target = all.find((o) => o.kind === field.kind && o.sourceId === String(value));
    const plural = kindRules(field.kind).plural;
    if (target) return `\${${plural}.${target.name}.id}`;
    const variable = `${field.kind.replace(/-/g, '_')}_${String(value).replace(/[^A-Za-z0-9_]/g, '_')}`;
    variables[variable] = String(value);
    diags.warning(
      'import',
      `${p.kind} "${p.name}": ${field.kind} id ${value} is not among the imported objects; it became \${var.${variable}}, to set per region`,
      where,
    );
    return `\${var.${variable}}`;
  };
  return visit(p.spec, []) as JsonObject;
}

function attachPermissions(
  perms: { file: string; type: string; id: string; acl: JsonObject[] },
  all: Pending[],
  diags: Diagnostics,
): void {
  const location = { file: perms.file, line: 1, column: 1 };
  const kind = PERMISSION_TYPES[perms.type];
  const target = kind ? all.find((o) => o.kind === kind && o.sourceId === perms.id) : undefined;
  if (!target) {
    diags.error(
      'import',
      `refused: permissions of ${perms.type || 'an unknown object type'} ${perms.id} name no object in this import`,
      {
        location,
        expected: "the object's own GET payload in the same import call",
      },
    );
    return;
  }
  const grants: Grant[] = [];
  for (const entry of perms.acl) {
    const principal = ['user_name', 'group_name', 'service_principal_name'].find(
      (k) => typeof entry[k] === 'string',
    );
    const all_permissions = Array.isArray(entry.all_permissions)
      ? entry.all_permissions.filter(isObject)
      : [];
    for (const grant of all_permissions) {
      if (grant.inherited === true) continue;
      const level = grant.permission_level;
      if (!principal || typeof level !== 'string') {
        diags.warning(
          'import',
          `${target.kind} "${target.name}": skipped an ACL entry without permission_level`,
          { location },
        );
        continue;
      }
      if (level === 'IS_OWNER') {
        diags.notice(
          'import',
          `${target.kind} "${target.name}": left out the IS_OWNER grant; the deploying principal owns what codeploy creates`,
          { location },
        );
        continue;
      }
      grants.push({ [principal]: entry[principal] as string, permission_level: level });
    }
  }
  target.permissions = grants;
}

export function definitionText(p: Pending, by: 'Imported' | 'Exported' = 'Imported'): string {
  const body: JsonObject = { kind: p.kind, name: p.name, spec: p.spec };
  if (p.permissions) body.permissions = p.permissions as unknown as Json;
  if (p.source) body.source = p.source;
  const origin = p.sourceId !== undefined ? ` (id ${p.sourceId})` : '';
  return `# ${by} by codeploy from ${p.from}${origin}.\n${stringify(body, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

function fileStem(file: string): string {
  const base = file.split('/').at(-1) ?? file;
  return base.replace(/\.(request\.)?json$|\.ya?ml$/i, '');
}
