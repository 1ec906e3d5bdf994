import { posix } from 'node:path';
import { type FileSource, MAX_FILE_BYTES, OutsideRootError, TooLargeError } from '../../ports/files.ts';
import { toCreateShape } from '../kinds/create-shape.ts';
import { kindRules } from '../kinds/index.ts';
import { LANGUAGE_BY_EXTENSION } from '../kinds/notebook.ts';
import type { KindRules } from '../kinds/types.ts';
import type { Config } from '../model/config.ts';
import type { Definition, Grant } from '../model/definition.ts';
import type { Diagnostics } from '../model/diagnostics.ts';
import { isObject, type JsonObject, sortChanged } from '../model/json.ts';
import { DR_POLICIES, type DrPolicy, isKindName, KIND_NAMES, type KindName } from '../model/kinds.ts';
import type { Path } from '../model/path.ts';
import { checkSchema, closest } from '../validate/schema-check.ts';
import { kindValidators } from '../validate/schemas.ts';
import { type ParsedDocument, parseDocuments } from './documents.ts';

/**
 * Reads every definition file the config names and turns each document into a Definition. Every
 * problem in every file is reported; a document with problems is left out of the result.
 */
export interface LoadedDefinitions {
  definitions: Definition[];
  /**
   * Keys (`job/x`) of documents that name a kind and a name but were invalid: they exist, so a
   * reference to them is not reported as dangling on top of their own errors.
   */
  invalid: Set<string>;
}

export function loadDefinitions(config: Config, files: FileSource, diags: Diagnostics): LoadedDefinitions {
  // A broad glob (`**/*.yml`) must not read codeploy.yml itself as a definition.
  const paths = files.list(config.definitions).filter((p) => p !== config.file);
  if (paths.length === 0) {
    diags.warning('definitions', `no definition files match ${config.definitions.join(', ')}`, {
      location: { file: config.file, line: 1, column: 1 },
    });
  }
  const out: Definition[] = [];
  const invalid = new Set<string>();
  const named: NamedDocument[] = [];
  for (const path of paths) {
    const text = readInside(files, path, diags, () => ({ file: path, line: 1, column: 1 }));
    if (typeof text !== 'string') continue;
    for (const doc of parseDocuments(path, text, diags, { sortKeys: true })) {
      const def = toDefinition(doc, files, diags);
      if (def) out.push(def);
      const value = doc.value;
      if (isObject(value) && isKindName(value.kind) && typeof value.name === 'string') {
        named.push({ kind: value.kind, name: value.name, doc });
        if (!def) invalid.add(`${value.kind}/${value.name}`);
      }
    }
  }
  // Over every document that names a kind and a name, valid or not: one run reports every problem.
  reportDuplicates(named, diags);
  return { definitions: out, invalid };
}

function toDefinition(doc: ParsedDocument, files: FileSource, diags: Diagnostics): Definition | undefined {
  const at = (path: Path, key = false) => ({ file: doc.file, ...doc.locate(path, { key }) });
  if (!isObject(doc.value)) {
    diags.error('definition', 'a definition must be a mapping with kind, name and spec', {
      location: at([]),
      found: Array.isArray(doc.value) ? 'a list' : typeof doc.value,
      expected: 'a mapping (kind, name, spec, …)',
    });
    return undefined;
  }
  const raw = doc.value;
  if (!isKindName(raw.kind)) {
    const hint = typeof raw.kind === 'string' ? closest(raw.kind, KIND_NAMES) : undefined;
    diags.error(
      'unknown-kind',
      raw.kind === undefined ? 'missing "kind"' : `unknown kind${hint ? ` (did you mean "${hint}"?)` : ''}`,
      {
        location: at(raw.kind === undefined ? [] : ['kind']),
        path: 'kind',
        ...(raw.kind !== undefined ? { found: JSON.stringify(raw.kind) } : {}),
        expected: `one of ${KIND_NAMES.join(', ')}`,
      },
    );
    return undefined;
  }
  const rules = kindRules(raw.kind);
  const { spec, specPath } = unwrapSpec(rules, raw.name, raw.spec, doc, diags);
  // The document as checked: with the spec unwrapped and named, when that changed it.
  const envelope = spec && spec !== raw.spec ? { ...raw, spec } : raw;
  // Errors inside an unwrapped spec must point at the lines of the wrapper they came from.
  const located: ParsedDocument = {
    ...doc,
    locate: (path, options) =>
      doc.locate(path[0] === 'spec' ? [...specPath, ...path.slice(1)] : path, options),
  };
  if (!checkSchema(kindValidators[raw.kind], envelope, located, [], diags)) return undefined;
  const name = String(raw.name);
  const permissions = raw.permissions as Grant[] | undefined;
  if (permissions && !checkPrincipals(permissions, raw.kind === 'secret-scope', located, diags))
    return undefined;
  const source = rules.hasSource ? readSource(rules, raw, doc, files, diags) : undefined;
  if (rules.hasSource && raw.source !== undefined && !source) return undefined;
  if (raw.kind === 'notebook' || raw.kind === 'file') {
    if (!source) {
      diags.error('source', `a ${raw.kind} needs "source": the repo file holding its content`, {
        location: at([], true),
        path: 'source',
        expected: 'a path relative to this file',
      });
      return undefined;
    }
  }
  const finalSpec = spec as JsonObject;
  if (raw.kind === 'notebook' && source && finalSpec.language === undefined) {
    const ext = posix.extname(source.path).toLowerCase();
    const language = LANGUAGE_BY_EXTENSION[ext];
    if (!language) {
      diags.error('source', `cannot tell the notebook language from "${ext || source.path}"`, {
        location: at(['source']),
        path: 'spec.language',
        expected: `spec.language, or a source ending in ${Object.keys(LANGUAGE_BY_EXTENSION).join(', ')}`,
      });
      return undefined;
    }
    finalSpec.language = language;
    if (ext === '.ipynb') finalSpec.format ??= 'JUPYTER';
  }
  // Optional fields set one by one: spreads of `cond ? {…} : {}` make a throwaway object each.
  const def: Definition = {
    kind: raw.kind,
    name,
    passive: (DR_POLICIES as readonly string[]).includes(String(raw.passive))
      ? (raw.passive as DrPolicy)
      : 'off',
    // Read sorted; what loading changed (an unwrapped export, a language filled in) is sorted here.
    spec: sortChanged(finalSpec, raw.spec) as JsonObject,
    keysSorted: true,
    sensitive: (raw.sensitive as string[] | undefined) ?? [],
    origin: { file: doc.file, document: doc.index, locate: (path) => doc.locate(path) },
  };
  if (permissions) def.permissions = permissions;
  if (raw.allow_recreate === true) def.allow_recreate = true;
  if (raw.start_when_active === true) def.start_when_active = true;
  if (source) def.source = source;
  return def;
}

/**
 * Accepts a raw API export as the spec (see `toCreateShape`), with a notice for each thing changed,
 * so an export pasted from the API just works.
 */
function unwrapSpec(
  rules: KindRules,
  name: unknown,
  value: unknown,
  doc: ParsedDocument,
  diags: Diagnostics,
): { spec: JsonObject | undefined; specPath: Path } {
  if (!isObject(value)) return { spec: undefined, specPath: ['spec'] };
  // Asked for only when there is something to say: a position costs the file's syntax tree.
  const location = () => ({ file: doc.file, ...doc.locate(['spec']) });
  const shape = toCreateShape(rules, value);
  if (shape.unwrapped) {
    const part = shape.unwrappedFrom ? `"${shape.unwrappedFrom}"` : 'request';
    diags.notice('raw-export', `spec is a raw API export: using its ${part} part`, {
      location: location(),
      path: 'spec',
    });
  }
  if (shape.stripped.length > 0) {
    diags.notice('raw-export', `stripped read-only fields: ${shape.stripped.join(', ')}`, {
      location: location(),
      path: 'spec',
    });
  }
  if (shape.rewritten && rules.kind === 'job') {
    diags.notice('raw-export', 'rewrote the legacy single-task job shape into tasks[]', {
      location: location(),
      path: 'spec',
    });
  }
  let spec = shape.spec;
  if (rules.nameField && spec[rules.nameField] === undefined && typeof name === 'string') {
    spec = { ...spec, [rules.nameField]: name };
  }
  return { spec, specPath: shape.unwrappedFrom ? ['spec', shape.unwrappedFrom] : ['spec'] };
}

function checkPrincipals(
  grants: Grant[],
  secretAcl: boolean,
  doc: ParsedDocument,
  diags: Diagnostics,
): boolean {
  if (secretAcl) return true; // the schema already requires `principal`
  let ok = true;
  grants.forEach((g, i) => {
    const principals =
      Number(g.user_name !== undefined) +
      Number(g.group_name !== undefined) +
      Number(g.service_principal_name !== undefined);
    if (principals !== 1) {
      ok = false;
      diags.error('permissions', 'each grant names exactly one principal', {
        location: { file: doc.file, ...doc.locate(['permissions', i]) },
        path: `permissions[${i}]`,
        found: `${principals} principals`,
        expected: 'one of user_name, group_name, service_principal_name',
      });
    }
  });
  return ok;
}

function readSource(
  rules: KindRules,
  raw: JsonObject,
  doc: ParsedDocument,
  files: FileSource,
  diags: Diagnostics,
): Definition['source'] {
  if (typeof raw.source !== 'string') return undefined;
  const path = posix.normalize(posix.join(posix.dirname(doc.file), raw.source));
  const where = () => ({ file: doc.file, ...doc.locate(['source']) });
  const content = path.startsWith('../') ? undefined : readInside(files, path, diags, where, 'source');
  if (content === null) return undefined; // refused, and said why
  if (content === undefined) {
    diags.error('source', `source file "${raw.source}" of this ${rules.kind} was not found`, {
      location: where(),
      path: 'source',
      found: path,
      expected: 'a file inside the config folder, relative to this definition file',
    });
    return undefined;
  }
  return { path, content };
}

/**
 * Reads a repo file; one that leads outside the config folder is an error at `where` (asked for
 * only then: a position costs the file's syntax tree), never read (null: refused, as opposed to
 * undefined: not there).
 */
function readInside(
  files: FileSource,
  path: string,
  diags: Diagnostics,
  where: () => { file: string; line: number; column: number },
  field = 'definitions',
): string | undefined | null {
  try {
    return files.read(path);
  } catch (err) {
    if (err instanceof TooLargeError) {
      diags.error('too-large', err.message, {
        location: where(),
        path: field,
        found: path,
        expected: `a file of at most ${MAX_FILE_BYTES / 1024 / 1024} MiB`,
      });
      return null;
    }
    if (!(err instanceof OutsideRootError)) throw err;
    diags.error('outside-repo', `${path} is a symbolic link that leads outside the config folder: not read`, {
      location: where(),
      path: field,
      found: path,
      expected: 'a file inside the config folder',
    });
    return null;
  }
}

interface NamedDocument {
  kind: KindName;
  name: string;
  doc: ParsedDocument;
}

function reportDuplicates(named: readonly NamedDocument[], diags: Diagnostics): void {
  const seen = new Map<string, NamedDocument>();
  for (const d of named) {
    const key = `${d.kind}/${d.name}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, d);
      continue;
    }
    diags.error('duplicate-name', `duplicate ${d.kind} "${d.name}"`, {
      location: { file: d.doc.file, ...d.doc.locate(['name']) },
      path: 'name',
      expected: `a name unique among ${kindRules(d.kind).plural}`,
      related: { label: 'first defined at', file: first.doc.file, ...first.doc.locate(['name']) },
    });
  }
}
