import type { ObservedObject, ReadHints, Workspace } from '../../ports/workspace.ts';
import { kindRules } from '../kinds/index.ts';
import { comparableGrants } from '../live/acl.ts';
import { eachLimited } from '../live/snapshot.ts';
import type { KindName } from '../model/kinds.ts';

/**
 * Reads every object of `kinds` in full, with its grants as a definition would write them (no owner,
 * no `admins`, not the exporting principal's own: codeploy keeps those itself). The lists of some
 * kinds carry only names, so a first pass finds every object and a second reads them all in full.
 */
export async function readForExport(
  ws: Workspace,
  kinds: readonly KindName[],
  roots: readonly string[] = [],
  concurrency = 8,
): Promise<{ observed: ObservedObject[]; contents: Record<string, string> }> {
  const { principal } = await ws.check();
  const none: ReadHints = { names: {}, stateIds: {}, knownContent: {}, everything: true, roots: [...roots] };
  const listed = await ws.readAll(kinds, none);
  const hints: ReadHints = { names: {}, stateIds: {}, knownContent: {}, everything: true, roots: [...roots] };
  for (const kind of kinds) {
    const ofKind = listed.filter((o) => o.kind === kind);
    hints.stateIds[kind] = ofKind.map((o) => o.id);
    hints.names[kind] = ofKind.map((o) => o.name);
  }
  const full = await ws.readAll(kinds, hints);
  await eachLimited(full, concurrency, async (o) => {
    if (o.permissions || kindRules(o.kind).permissionLevels.length === 0) return;
    const grants = await ws.readPermissions(o.kind, o.id);
    if (grants) o.permissions = grants;
  });
  // Notebooks and files: their content goes into the repo, beside their definitions.
  const contents: Record<string, string> = {};
  const withContent = full.filter((o) => o.kind === 'notebook' || o.kind === 'file');
  await eachLimited(withContent, concurrency, async (o) => {
    contents[o.id] = await ws.readContent(o.kind, o.id);
  });
  const observed = full.map((o) => {
    if (!o.permissions) return o;
    const grants = comparableGrants(o.permissions, [], principal);
    const { permissions: _all, ...rest } = o;
    return grants.length > 0 ? { ...rest, permissions: grants } : rest;
  });
  return { observed, contents };
}
