import type { JsonObject } from '../model/json.ts';

/** Workspace paths are absolute; `/Workspace/…` and `/…` name the same object. */
export const WORKSPACE_PATH: JsonObject = {
  type: 'string',
  pattern: '^/(?!Workspace/?$)',
  description: 'Absolute workspace path, e.g. /Shared/etl/ingest.',
};

/** Permission levels shared by notebooks, files and directories. */
export const WORKSPACE_OBJECT_LEVELS = ['CAN_READ', 'CAN_RUN', 'CAN_EDIT', 'CAN_MANAGE'] as const;

/** Workspace paths are written without the `/Workspace` prefix, the form the import API returns. */
export function stripWorkspacePrefix(spec: JsonObject): JsonObject {
  if (typeof spec.path !== 'string' || !spec.path.startsWith('/Workspace/')) return spec;
  return { ...spec, path: spec.path.slice('/Workspace'.length) };
}

/**
 * What a workspace knows a query, an alert or a dashboard by: its folder and display name (each is
 * a workspace file there, with `suffix` as its extension), unique in the folder.
 */
export function inFolder(spec: JsonObject, suffix = ''): string {
  return `${String(spec.parent_path ?? '')}/${String(spec.display_name ?? '')}${suffix}`;
}
