import type { ObservedObject } from '../../ports/workspace.ts';
import {
  definitionText,
  type ImportedDefinition,
  type Pending,
  referencesForIds,
  uniqueName,
} from '../import/import.ts';
import { kindRules } from '../kinds/index.ts';
import type { FieldRules } from '../kinds/types.ts';
import { compileGlob } from '../load/glob.ts';
import type { Diagnostics } from '../model/diagnostics.ts';
import { deepEqual, isObject, type Json, type JsonObject, sortKeys } from '../model/json.ts';
import { KIND_NAMES, type KindName } from '../model/kinds.ts';
import { matchPath, type Segment } from '../model/path.ts';
import { mapStrings } from '../model/walk.ts';
import { serverDefaultAt } from '../plan/diff.ts';
import { allForms, regionNames, storageRoots, withStandbyMarker } from './region-markers.ts';
import { type StarterRegion, starterConfig } from './starter-config.ts';

/**
 * The kinds `codeploy export` reads: every kind. Notebooks, files and folders are read only under
 * the folders given (`--path`): the workspace tree has no recursive list, and most of it (home
 * folders, Repos) is not the workspace layer a team deploys.
 */
export const EXPORTABLE_KINDS: readonly KindName[] = KIND_NAMES;

/** A notebook's source file extension, by language (the loader reads the language back from it). */
const NOTEBOOK_EXTENSION: Record<string, string> = { PYTHON: '.py', SQL: '.sql', SCALA: '.scala', R: '.r' };

export interface ExportOptions {
  /** The region the workspace is, in the starter config, and the standby region beside it. */
  region: string;
  host: string;
  standby: string;
  /** The standby's region name (`us-west-2`): replaces the exported region's in its storage and values. */
  standbyMarker?: string;
  kinds: readonly KindName[];
  /** A glob over what the workspace names each object. */
  filter?: string;
  /** Folders never exported: codeploy's own state folder (its record and lock are not definitions). */
  skipUnder?: readonly string[];
  project: string;
}

export interface ExportResult {
  definitions: ImportedDefinition[];
  /** Notebook and file contents, at paths relative to the output folder, beside their definitions. */
  sources: Array<{ path: string; text: string }>;
  /** The starter codeploy.yml. */
  config: string;
  /** Region names found in storage URLs: the exported region's markers. */
  markers: string[];
  /** Storage location name → the exported region's prefix. */
  storage: Record<string, string>;
}

/** The placeholder region name in the standby's storage and values when none is given. */
export const STANDBY_PLACEHOLDER = 'standby';

/**
 * Turns what a workspace holds into definitions and a starter codeploy.yml: server defaults and
 * codeploy's ownership marker dropped, ids of other exported objects turned into references,
 * storage locations and region names found in the values turned into the `storage` table and
 * `markers`, and any other value naming the region into a per-region variable, so the files render
 * for the standby region without leaking this one's names.
 */
export function exportObjects(
  observed: readonly ObservedObject[],
  options: ExportOptions,
  diags: Diagnostics,
  contents: Readonly<Record<string, string>> = {},
): ExportResult {
  const wanted = options.filter === undefined ? () => true : compileGlob(options.filter);
  const from = `the ${options.region} workspace`;
  const pending: Pending[] = [];
  const sources: ExportResult['sources'] = [];
  for (const obj of observed) {
    if (!options.kinds.includes(obj.kind) || !wanted(obj.name) || isCodeploys(obj, options.skipUnder ?? []))
      continue;
    const spec = exportedSpec(obj);
    const source = sourceFile(obj, contents[obj.id]);
    if (source) sources.push({ path: `${kindRules(obj.kind).plural}/${source.path}`, text: source.text });
    pending.push({
      kind: obj.kind,
      name: uniqueName(pending, obj.kind, spec, obj.kind, obj.id),
      sourceId: obj.id,
      from,
      spec,
      ...(obj.permissions?.length ? { permissions: obj.permissions } : {}),
      ...(source ? { source: source.path } : {}),
    });
  }
  addParentFolders(pending, from);
  const variables: Record<string, string> = {};
  for (const p of pending) p.spec = referencesForIds(p, pending, variables, diags);

  const strings = pending.flatMap((p) => stringsOf(p.spec));
  const roots = [...new Set(strings.flatMap(storageRoots))].sort();
  // Both forms of each region name found: a bucket may say `use1` and a zone `us-east-1a`.
  const markers = [...new Set(roots.flatMap(regionNames).flatMap(allForms))].sort();
  const standbyMarker = options.standbyMarker ?? STANDBY_PLACEHOLDER;
  const storage: Record<string, string> = {};
  const standbyStorage: Record<string, string> = {};
  for (const root of roots) {
    if (regionNames(root).length === 0) continue; // the same in both regions
    const name = locationName(root, markers, Object.keys(storage));
    storage[name] = root;
    standbyStorage[name] = withStandbyMarker(root, markers, standbyMarker);
  }
  // Values that still name the region once storage is remapped (a zone, a region setting).
  const standbyVariables: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) standbyVariables[name] = `SET-ME-${value}`;
  const toStandby = (text: string) =>
    Object.entries(storage).reduce(
      (t, [name, root]) => t.split(root).join(standbyStorage[name] ?? root),
      text,
    );
  for (const p of pending) {
    p.spec = mapStrings(p.spec, (text, path) => {
      if (!regionNames(toStandby(text)).some((m) => markers.includes(m))) return text;
      const field = [...path].reverse().find((segment) => typeof segment === 'string') ?? p.kind;
      const variable = variableName(String(field), text, variables);
      variables[variable] = text;
      standbyVariables[variable] = withStandbyMarker(text, markers, standbyMarker);
      return `\${var.${variable}}`;
    }) as JsonObject;
  }

  const regions: StarterRegion[] = [
    { name: options.region, host: options.host, markers, storage, variables },
    {
      name: options.standby,
      host: `https://${options.standby}.cloud.databricks.com`,
      markers:
        markers.length > 0
          ? [...new Set(markers.map((m) => withStandbyMarker(m, markers, standbyMarker)))]
          : [],
      storage: standbyStorage,
      variables: standbyVariables,
    },
  ];
  for (const p of pending) p.spec = stableOrder(p.kind, p.spec);
  return {
    definitions: pending.map((p) => ({
      kind: p.kind,
      name: p.name,
      path: `${kindRules(p.kind).plural}/${p.name}.yml`,
      text: definitionText(p, 'Exported'),
    })),
    sources,
    config: starterConfig(options.project, regions, 'export'),
    markers,
    storage,
  };
}

/**
 * codeploy's own files: under the state folder, or under any `.codeploy` folder (the default state
 * folder is `/Shared/.codeploy/<project>`, and an export from `--host` does not know the project).
 */
function isCodeploys(obj: ObservedObject, skipUnder: readonly string[]): boolean {
  if (!['directory', 'notebook', 'file'].includes(obj.kind)) return false;
  const path = obj.id;
  return (
    path.split('/').includes('.codeploy') || skipUnder.some((f) => path === f || path.startsWith(`${f}/`))
  );
}

/**
 * Where a notebook's or file's content goes, relative to its definition's folder: `src/` and its
 * workspace path (a notebook with its language's extension, which the loader reads back).
 */
function sourceFile(
  obj: ObservedObject,
  text: string | undefined,
): { path: string; text: string } | undefined {
  if ((obj.kind !== 'notebook' && obj.kind !== 'file') || text === undefined) return undefined;
  const extension = obj.kind === 'notebook' ? (NOTEBOOK_EXTENSION[String(obj.spec.language)] ?? '.py') : '';
  return { path: `src${obj.id}${extension}`, text };
}

/**
 * The folders queries, alerts and dashboards sit in must exist before them, in the standby too:
 * each becomes a `directory` definition, and the object names it by reference (so it is made
 * first). A home folder (`/Users/…`) is left as it is: every user has their own.
 */
function addParentFolders(pending: Pending[], from: string): void {
  for (const p of [...pending]) {
    const parent = p.spec.parent_path;
    if (typeof parent !== 'string' || !parent.startsWith('/') || parent.startsWith('/Users/')) continue;
    let folder = pending.find((f) => f.kind === 'directory' && f.spec.path === parent);
    if (!folder) {
      folder = {
        kind: 'directory',
        name: uniqueName(pending, 'directory', { path: parent }, 'folder'),
        from,
        spec: { path: parent },
      };
      pending.push(folder);
    }
    p.spec = { ...p.spec, parent_path: `\${directories.${folder.name}.path}` };
  }
}

/**
 * The spec as a definition would write it: without codeploy's ownership marker (it puts that on
 * itself) and without the values the workspace fills in by default (the kind's rules name them, and
 * the plan treats their absence as those values). Secret values can never be read: each secret
 * names the environment variable that will hold it.
 */
function exportedSpec(obj: ObservedObject): JsonObject {
  const rules = kindRules(obj.kind);
  let spec = rules.ownerMarker ? rules.ownerMarker.unmark(obj.spec) : obj.spec;
  spec = (withoutDefaults(rules.fieldRules, spec, []) ?? {}) as JsonObject;
  if (obj.kind === 'secret-scope' && Array.isArray(spec.secrets)) {
    const scope = String(spec.scope ?? obj.name);
    spec = {
      ...spec,
      secrets: spec.secrets.map((s) => {
        const key = String((s as JsonObject).key ?? '');
        return { key, from_env: envName(`SECRET_${scope}_${key}`) };
      }),
    };
  }
  return spec;
}

/**
 * The value without the leaves equal to their server default, and without the objects that leaves
 * only such leaves; undefined when nothing is left. Array items stay, in place.
 */
function withoutDefaults(rules: FieldRules, value: Json, path: Segment[]): Json | undefined {
  if (Array.isArray(value)) return value.map((item, i) => withoutDefaults(rules, item, [...path, i]) ?? item);
  if (!isObject(value)) return isDefault(rules, path, value) ? undefined : value;
  const out: JsonObject = {};
  for (const [key, field] of Object.entries(value)) {
    const kept = withoutDefaults(rules, field, [...path, key]);
    if (kept !== undefined) out[key] = kept;
  }
  const emptied = Object.keys(out).length === 0 && Object.keys(value).length > 0;
  return emptied || isDefault(rules, path, out) ? undefined : out;
}

/**
 * A server default the rules name, or one of the values a backend default lists. A backend default
 * with no values (any value the server fills in) is kept: an export cannot tell it from a value set
 * on purpose (an external volume's location), and keeping it is never wrong.
 */
function isDefault(rules: FieldRules, path: Segment[], value: Json): boolean {
  if (deepEqual(serverDefaultAt(rules, path), value)) return true;
  const backend = (rules.backendDefaults ?? []).find((d) => d.values && matchPath(d.path, path));
  return backend?.values?.some((v) => deepEqual(v, value)) ?? false;
}

/** Keys sorted, the name first: two exports of the same workspace print the same files. */
function stableOrder(kind: KindName, spec: JsonObject): JsonObject {
  const sorted = sortKeys(spec) as JsonObject;
  const nameField = kindRules(kind).nameField;
  if (!nameField || sorted[nameField] === undefined) return sorted;
  return { [nameField]: sorted[nameField] as Json, ...sorted };
}

function stringsOf(value: Json): string[] {
  const out: string[] = [];
  mapStrings(value, (text) => {
    out.push(text);
    return text;
  });
  return out;
}

/** `s3://acme-lake-use1/` → `acme-lake`: the bucket without the region's name. */
function locationName(root: string, markers: readonly string[], taken: readonly string[]): string {
  const bucket =
    root
      .replace(/^[a-z0-9]+:\/\//, '')
      .replace(/\/$/, '')
      .split(/[@.]/)[0] ?? 'storage';
  const base =
    withStandbyMarker(bucket, markers, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'storage';
  let name = base;
  for (let n = 2; taken.includes(name); n++) name = `${base}-${n}`;
  return name;
}

/** A variable named after the field (`zone_id`), or the field and a number when taken by another value. */
function variableName(field: string, value: string, taken: Record<string, string>): string {
  const base = field.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(\d)/, '_$1') || 'value';
  let name = base;
  for (let n = 2; taken[name] !== undefined && taken[name] !== value; n++) name = `${base}_${n}`;
  return name;
}

function envName(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}
