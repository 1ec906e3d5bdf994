import { createHash } from 'node:crypto';
import { kindRules } from '../kinds/index.ts';
import { roleOf } from '../load/config.ts';
import type { Config, RegionConfig } from '../model/config.ts';
import {
  type Definition,
  type Grant,
  objectKey,
  type RenderedObject,
  type RenderedRegion,
} from '../model/definition.ts';
import type { Diagnostics } from '../model/diagnostics.ts';
import { isObject, type Json, type JsonObject, sortChanged, sortKeys, sortStrings } from '../model/json.ts';
import { getAt, type Segment } from '../model/path.ts';
import type { Reference } from '../model/reference.ts';
import { mapStrings } from '../model/walk.ts';
import { type FreeStringTable, freeStringTable, isFreeString } from '../validate/free-strings.ts';
import { checkSchema } from '../validate/schema-check.ts';
import { kindValidators } from '../validate/schemas.ts';
import { type Leak, LeakFinder, reportLeaks } from './leak-check.ts';
import { applyRoleOverlay } from './overlay.ts';
import { jsonPatch, mergePatch, PatchError, patchApplies } from './patches.ts';
import { type PrefixPattern, type PrefixRule, prefixPattern, prefixRules, remapStorage } from './storage.ts';
import { interpolateText, regionReference } from './variables.ts';

/** What a patch may change: the object's spec and its permissions. */
interface Body {
  spec: JsonObject;
  permissions?: Grant[];
}

/**
 * Renders every definition for one region, in this fixed order:
 * 1. the region's patches, in the order written;
 * 2. variables, `${region.…}` and `${<kind>.<name>.name|path}` of other objects, then storage
 *    remapping to the region's own prefixes, in one pass over each string;
 * 3. the role overlay (what a disabled object looks like);
 * 4. normalization (names filled in, canonical shapes, content hashes, sorted keys);
 * 5. checks: the rendered spec against its schema again, and the region-leak check.
 * Keys: a spec is sorted once (loading reads it sorted), and each step keeps it so or sorts what it
 * changed; the leak check reads each string where it is made, in step 2 or in the sort of step 4.
 * Object ids (`${clusters.x.id}`) stay as written: they are resolved per region when applying.
 */
export function renderRegion(
  config: Config,
  defs: readonly Definition[],
  regionName: string,
  diags: Diagnostics,
): RenderedRegion {
  return renderRegions(config, defs, [regionName], diags)[0] as RenderedRegion;
}

/** What rendering one region needs besides the definitions: see `renderRegions`. */
interface RegionPass {
  region: RegionConfig;
  role: 'active' | 'passive';
  /** Each definition's spec and grants after the region's patches: by key for name and path references. */
  patched: Map<string, Body>;
  rules: PrefixRule[];
  pattern: PrefixPattern | undefined;
  leaks: LeakFinder;
}

/**
 * renderRegion for several regions. The callbacks the walks call are made once for all of them and
 * read the region being rendered from `pass`: callbacks made anew for each region made V8 throw
 * away, at the second region, the code it had optimized for the first.
 */
export function renderRegions(
  config: Config,
  defs: readonly Definition[],
  regionNames: readonly string[],
  diags: Diagnostics,
): RenderedRegion[] {
  let pass: RegionPass | undefined;
  const current = (): RegionPass => {
    if (!pass) throw new Error('no region is being rendered');
    return pass;
  };
  const ofRegion = (ref: Reference): string | undefined => {
    const { region, role } = current();
    return regionReference(region, role, ref);
  };
  // Variables, `${region.…}`, and names and paths of other objects (with their own variables
  // resolved), in one pass; text a replacement brings in is not read again for references. Every
  // object referenced is noted on the way (ids stay as they are, to resolve when applying), so the
  // plan has the dependencies without reading the spec again. The list is made only for an object
  // that has a reference; it is short, so a search keeps it free of repeats.
  let referenced: string[] | undefined;
  const resolve = (ref: Reference): string | undefined => {
    if (ref.type !== 'object') return ofRegion(ref);
    const key = ref.key;
    referenced ??= [];
    if (!referenced.includes(key)) referenced.push(key);
    if (ref.attribute === 'id') return undefined;
    const target = current().patched.get(key);
    if (!target) return undefined;
    const nameField = kindRules(ref.kind).nameField;
    const value =
      ref.attribute === 'path'
        ? (target.spec.path ?? '')
        : ((nameField && target.spec[nameField]) ?? ref.name);
    return interpolateText(String(value), ofRegion, false);
  };
  const found: Leak[] = []; // one object's leaks at a time
  // Whether the object's schema must be checked again: a string rewritten where the schema does not
  // take any text (an enum, a number written as `${var.n}`). Set by the walk, per object.
  let recheck = false;
  let free: FreeStringTable | undefined;
  // One pass over each string: references, then the storage remapping, then the leak check of
  // the spec's strings (grants are checked once the overlay has kept those it keeps). The path
  // starts at the body: `spec.…` or `permissions.…`.
  const renderText = (text: string, path: readonly Segment[]) => {
    const { rules, pattern, leaks } = current();
    const rendered = remapStorage(interpolateText(text, resolve, false), rules, pattern);
    const inSpec = path[0] === 'spec';
    if (inSpec) leaks.inText(rendered, path, found);
    if (rendered !== text && !recheck && !(inSpec && free && isFreeString(free, path, 1))) recheck = true;
    return rendered;
  };
  const checkText = (text: string, path: readonly Segment[]) =>
    current().leaks.inText(text, path, found, SPEC);

  // Sorted once for every region: see Definition.keysSorted.
  const specs = defs.map((def) => (def.keysSorted ? def.spec : (sortKeys(def.spec) as JsonObject)));
  return regionNames.map((regionName) => {
    const region = config.regions.find((r) => r.name === regionName);
    if (!region) throw new Error(`unknown region "${regionName}"`);
    const role = roleOf(config, region.name);
    // By position for the walk below, and by key for the name and path references.
    const bodies = defs.map((def, i) => applyPatches(config, region, def, specs[i] as JsonObject, diags));
    const patched = new Map<string, Body>();
    defs.forEach((def, i) => {
      patched.set(objectKey(def), bodies[i] as Body);
    });
    const rules = prefixRules(config, region.name);
    const leaks = new LeakFinder(config, region.name);
    pass = { region, role, patched, rules, pattern: prefixPattern(rules.map((r) => r.from)), leaks };
    const objects: RenderedObject[] = [];
    defs.forEach((def, i) => {
      referenced = undefined;
      const body = bodies[i] as Body;
      // A patch may change anything: its result is checked whatever the walk finds.
      recheck = body.spec !== specs[i] || body.permissions !== def.permissions;
      free = freeStringTable(def.kind);
      const remapped = mapStrings(body as unknown as Json, renderText) as unknown as Body;
      // Set by `resolve` during the walk: TypeScript cannot see a closure's assignments.
      const refs = referenced as string[] | undefined;
      const overlaid = applyRoleOverlay(
        def.kind,
        def.passive,
        role,
        remapped.spec,
        remapped.permissions,
        config.passivePolicy,
      );
      // Optional fields are set one by one: spreads of `cond ? {…} : {}` cost a tenth of rendering.
      const obj: RenderedObject = {
        kind: def.kind,
        name: def.name,
        passive: def.passive,
        spec: normalizeSpec(def, overlaid.spec, remapped.spec, checkText),
        sensitive: def.sensitive,
        references: refs ? sortStrings(refs) : NO_REFERENCES,
      };
      if (overlaid.permissions) obj.permissions = overlaid.permissions;
      if (overlaid.lifecycle) obj.lifecycle = overlaid.lifecycle;
      if (def.allow_recreate) obj.allow_recreate = true;
      if (def.start_when_active) obj.start_when_active = true;
      if (def.source) obj.content_sha256 = contentHash(def.source);
      // Unchanged by patches, and with no string rewritten where the schema constrains it, the spec
      // keeps to the schema the load checked it against: the overlay and normalization keep to it
      // by construction. (Checking every rewritten spec again was 7% of an offline plan's CPU.)
      if (recheck) recheckSchema(def, obj, diags);
      if (obj.permissions) leaks.inGrants(obj.permissions, found);
      if (found.length > 0)
        reportLeaks(config, region.name, obj, def, stillHeld(obj, found.splice(0)), diags);
      objects.push(obj);
    });
    pass = undefined;
    return { region: region.name, role, objects };
  });
}

/** SHA-256 of a content file, made once for all regions. */
const contentHashes = new WeakMap<object, string>();

function contentHash(source: NonNullable<Definition['source']>): string {
  let hash = contentHashes.get(source);
  if (hash === undefined) {
    hash = createHash('sha256').update(source.content).digest('hex');
    contentHashes.set(source, hash);
  }
  return hash;
}

/** The definition's spec (`spec`, sorted) and grants after the region's patches, the spec still sorted. */
function applyPatches(
  config: Config,
  region: RegionConfig,
  def: Definition,
  spec: JsonObject,
  diags: Diagnostics,
): Body {
  // The common case, no patch for this object, makes nothing.
  if (!region.patches.some((patch) => patchApplies(patch, def.kind, def.name)))
    return def.permissions ? { spec, permissions: def.permissions } : { spec };
  let body: Json = {
    spec,
    ...(def.permissions ? { permissions: def.permissions as unknown as Json } : {}),
  };
  region.patches.forEach((patch, i) => {
    if (!patchApplies(patch, def.kind, def.name)) return;
    try {
      body = 'merge' in patch ? mergePatch(body, patch.merge) : jsonPatch(body, patch.json_patch);
    } catch (err) {
      if (!(err instanceof PatchError)) throw err;
      diags.error(
        'patch',
        `patch ${i} of region "${region.name}" does not apply to ${def.kind} "${def.name}": ${err.message}`,
        {
          location: { file: config.file, line: patch.line?.() ?? 1, column: 1 },
          path: `regions.${region.name}.patches[${i}]`,
          expected: 'paths that exist in the object ({spec, permissions})',
        },
      );
    }
  });
  const out = isObject(body) ? body : {};
  return {
    spec: isObject(out.spec) ? (sortChanged(out.spec, spec) as JsonObject) : {},
    ...(Array.isArray(out.permissions) ? { permissions: out.permissions as unknown as Grant[] } : {}),
  };
}

/** Shared by the objects that reference none, and never changed. */
const NO_REFERENCES: string[] = Object.freeze([]) as unknown as string[];

/** The leak check's paths start at the object: `spec.…`. */
const SPEC = ['spec'];

/**
 * Normalization ends by sorting the keys of what the overlay and normalization changed in
 * `before` (sorted), and that walk passes each string it sorts to `onString`.
 */
function normalizeSpec(
  def: Definition,
  spec: JsonObject,
  before: JsonObject,
  onString: (text: string, path: readonly Segment[]) => void,
): JsonObject {
  const rules = kindRules(def.kind);
  let out = rules.normalize ? rules.normalize(spec) : spec;
  if (rules.nameField && out[rules.nameField] === undefined) out = { ...out, [rules.nameField]: def.name };
  if (def.kind === 'global-init-script' && def.source) {
    out = { ...out, script: Buffer.from(def.source.content, 'utf8').toString('base64') };
  }
  return sortChanged(out, before, onString) as JsonObject;
}

/**
 * The leaks found that the rendered object still holds: one found in a string as step 2 made it is
 * gone when the overlay or normalization removed or changed that string (the sort of step 4 read
 * the changed one).
 */
function stillHeld(obj: RenderedObject, leaks: Leak[]): Leak[] {
  return leaks.filter((leak) => getAt(obj, leak.path) === leak.text);
}

/**
 * Patches can introduce fields, and variables values of another type: the rendered spec must still
 * match the kind's schema.
 */
function recheckSchema(def: Definition, obj: RenderedObject, diags: Diagnostics): void {
  const envelope = {
    kind: def.kind,
    name: def.name,
    spec: obj.spec,
    ...(obj.permissions ? { permissions: obj.permissions } : {}),
  };
  const doc = {
    file: def.origin.file,
    index: def.origin.document,
    value: envelope as unknown as Json,
    locate: def.origin.locate,
  };
  checkSchema(kindValidators[def.kind], envelope, doc, [], diags);
}
