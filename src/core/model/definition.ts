import type { JsonObject } from './json.ts';
import type { DrPolicy, KindName } from './kinds.ts';

/** One grant in a definition's `permissions`; secret scopes use `principal` + `permission`. */
export interface Grant {
  user_name?: string;
  group_name?: string;
  service_principal_name?: string;
  permission_level?: string;
  principal?: string;
  permission?: string;
}

/** Where a definition came from, so every later problem can point back at it. */
export interface DefinitionOrigin {
  file: string;
  /** Index of the document within a multi-document file. */
  document: number;
  /** Finds the line and column of a path inside the document (falls back to the document start). */
  locate: (path: readonly (string | number)[]) => { line: number; column: number };
}

/** An object definition as written in the live-config repo, after parsing and unwrapping. */
export interface Definition {
  kind: KindName;
  name: string;
  passive: DrPolicy;
  spec: JsonObject;
  /**
   * Every mapping in `spec` has its keys sorted, as loading reads them: rendering then sorts only
   * what it changes. Without it (a definition made by hand), rendering sorts the whole spec first.
   */
  keysSorted?: true;
  permissions?: Grant[];
  /** JSON pointers (into `spec`) of values that must never be shown. */
  sensitive: string[];
  /** The definition allows codeploy to delete and create the object again when a change needs it. */
  allow_recreate?: boolean;
  /** Start it when its region becomes active (clusters, warehouses): see KindRules.startable. */
  start_when_active?: boolean;
  /** For notebook, file and global-init-script: the repo file holding the content. */
  source?: { path: string; content: string };
  origin: DefinitionOrigin;
}

/** Identifies an object across regions, releases and the workspace state: `job/nightly-etl`. */
export function objectKey(d: { kind: KindName; name: string }): string {
  return `${d.kind}/${d.name}`;
}

/** An object rendered for one region: the exact state codeploy wants that workspace to hold. */
export interface RenderedObject {
  kind: KindName;
  name: string;
  passive: DrPolicy;
  spec: JsonObject;
  permissions?: Grant[];
  /** The runtime state an object must be left in (a passive region's clusters and warehouses). */
  lifecycle?: { state: 'TERMINATED' | 'STOPPED' };
  /** SHA-256 of the content file, for notebooks, files and init scripts. */
  content_sha256?: string;
  sensitive: string[];
  allow_recreate?: boolean;
  start_when_active?: boolean;
  /**
   * Keys of every object this one references, sorted: those whose id is still to resolve
   * (`${clusters.x.id}`), and those whose name or path rendering put in (`${catalogs.x.name}`),
   * which no reference is left to show and which must exist first all the same. Set by rendering;
   * an object made elsewhere (a test's) has its dependencies read from its spec.
   */
  references?: string[];
}

export interface RenderedRegion {
  region: string;
  role: 'active' | 'passive';
  objects: RenderedObject[];
}
