import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { JsonObject } from '../../../core/model/json.ts';
import type { KindName } from '../../../core/model/kinds.ts';
import type { DesiredObject, ObservedObject, ReadHints } from '../../../ports/workspace.ts';
import { DatabricksError } from '../errors.ts';
import type { Transport } from '../transport.ts';
import { ignoreNotFound, type KindApi } from './api.ts';

interface ObjectInfo {
  path: string;
  object_type: 'DIRECTORY' | 'NOTEBOOK' | 'FILE';
  object_id: number;
  language?: string;
  modified_at?: number;
}

const TYPE_OF: Record<string, KindName> = { DIRECTORY: 'directory', NOTEBOOK: 'notebook', FILE: 'file' };

/** The kinds that live in the workspace file tree, read together by one listing per folder. */
export const WORKSPACE_FILE_KINDS: readonly KindName[] = ['notebook', 'file', 'directory'];

/**
 * Reads the workspace objects codeploy may manage by listing the folders they sit in: one
 * `workspace/list` per folder (the API has no recursive list), instead of one call per object.
 * Content is exported only when its modified_at differs from what codeploy last applied.
 */
export async function listWorkspaceObjects(t: Transport, hints: ReadHints): Promise<ObservedObject[]> {
  if (hints.everything && hints.roots) return listTrees(t, hints.roots);
  // The paths of interest: desired notebooks, files and folders, and those codeploy applied before.
  const paths = [
    ...new Set(
      WORKSPACE_FILE_KINDS.flatMap((k) => [...(hints.names[k] ?? []), ...(hints.stateIds[k] ?? [])]),
    ),
  ].sort();
  const folders = new Set(paths.map((p) => posix.dirname(p)));
  const found = new Map<string, ObjectInfo>();
  for (const folder of folders) {
    try {
      const r = await t.request<{ objects?: ObjectInfo[] }>('GET', '/api/2.0/workspace/list', {
        query: { path: folder },
        idempotent: true,
      });
      for (const o of r.objects ?? []) found.set(o.path, o);
    } catch (err) {
      if (!(err instanceof DatabricksError && err.isNotFound)) throw err;
    }
  }
  const out: ObservedObject[] = [];
  for (const path of paths) {
    const o = found.get(path);
    const kind = o ? TYPE_OF[o.object_type] : undefined;
    if (!o || !kind) continue;
    // A notebook keeps no import format: whatever it was imported as, it exports as SOURCE.
    const spec: JsonObject = kind === 'notebook' ? { path, language: o.language ?? 'PYTHON' } : { path };
    const known = hints.knownContent[path];
    let content_sha256: string | undefined;
    if (kind !== 'directory') {
      // The hash of what the workspace exports (not byte for byte what was imported), read again
      // only when the object was modified since codeploy last saw it.
      content_sha256 =
        known && known.modified_at === o.modified_at ? known.content_sha256 : await exportHash(t, path, kind);
    }
    out.push({
      kind,
      id: path,
      name: path,
      spec,
      ...(content_sha256 ? { content_sha256 } : {}),
      meta: { object_id: o.object_id, modified_at: o.modified_at ?? 0 },
    });
  }
  return out;
}

async function exportHash(t: Transport, path: string, kind: KindName): Promise<string> {
  return createHash('sha256')
    .update(await exportContent(t, path, kind))
    .digest('hex');
}

/** What the workspace exports for a notebook (its source) or a file, as text. */
export async function exportContent(t: Transport, path: string, kind: KindName): Promise<string> {
  const r = await t.request<{ content?: string }>('GET', '/api/2.0/workspace/export', {
    query: { path, format: kind === 'notebook' ? 'SOURCE' : 'AUTO' },
    idempotent: true,
  });
  return Buffer.from(r.content ?? '', 'base64').toString('utf8');
}

/**
 * Every notebook, file and folder under the roots (`codeploy export --path`), one listing per
 * folder, breadth first (the workspace API has no recursive list), with the content's hash.
 */
async function listTrees(t: Transport, roots: readonly string[]): Promise<ObservedObject[]> {
  const out: ObservedObject[] = [];
  const folders = [...roots];
  for (let folder = folders.shift(); folder !== undefined; folder = folders.shift()) {
    let objects: ObjectInfo[] = [];
    try {
      const r = await t.request<{ objects?: ObjectInfo[] }>('GET', '/api/2.0/workspace/list', {
        query: { path: folder },
        idempotent: true,
      });
      objects = r.objects ?? [];
    } catch (err) {
      if (!(err instanceof DatabricksError && err.isNotFound)) throw err;
    }
    // A root is a definition too, unless it is a workspace's own top folder (/Shared, /Users/x).
    if (roots.includes(folder) && folder.split('/').length > 3 - (folder.startsWith('/Users/') ? 0 : 1))
      out.push({ kind: 'directory', id: folder, name: folder, spec: { path: folder } });
    for (const o of objects) {
      const kind = TYPE_OF[o.object_type];
      if (kind === 'directory') folders.push(o.path);
      else if (kind) {
        const spec: JsonObject =
          kind === 'notebook' ? { path: o.path, language: o.language ?? 'PYTHON' } : { path: o.path };
        const content_sha256 = await exportHash(t, o.path, kind);
        out.push({
          kind,
          id: o.path,
          name: o.path,
          spec,
          content_sha256,
          meta: { object_id: o.object_id, modified_at: o.modified_at ?? 0 },
        });
      }
      if (kind === 'directory')
        out.push({
          kind,
          id: o.path,
          name: o.path,
          spec: { path: o.path },
          meta: { object_id: o.object_id },
        });
    }
  }
  return out;
}

async function objectId(t: Transport, path: string): Promise<string> {
  const r = await t.request<ObjectInfo>('GET', '/api/2.0/workspace/get-status', {
    query: { path },
    idempotent: true,
  });
  return String(r.object_id);
}

async function upload(t: Transport, obj: DesiredObject, overwrite: boolean): Promise<string> {
  const path = String(obj.spec.path);
  await t.request('POST', '/api/2.0/workspace/mkdirs', {
    body: { path: posix.dirname(path) },
    idempotent: true,
  });
  const content = Buffer.from(obj.content ?? '', 'utf8').toString('base64');
  const format = obj.kind === 'notebook' ? String(obj.spec.format ?? 'SOURCE') : 'RAW';
  // A DBC archive cannot be imported over an object (the SDK's ImportRequest): delete it first.
  if (format === 'DBC' && overwrite) {
    await ignoreNotFound(() =>
      t.request('POST', '/api/2.0/workspace/delete', { body: { path, recursive: false }, idempotent: true }),
    );
    overwrite = false;
  }
  // Files go in as RAW: with AUTO, a file that starts like a notebook source would become a notebook.
  const body: JsonObject =
    obj.kind === 'notebook'
      ? { path, format, language: obj.spec.language ?? 'PYTHON', content, overwrite }
      : { path, format, content, overwrite };
  // An import with overwrite is a replace: safe to repeat.
  await t.request('POST', '/api/2.0/workspace/import', { body, idempotent: overwrite });
  return path;
}

function fileApi(kind: 'notebook' | 'file'): KindApi {
  return {
    kind,
    permissionId: objectId,
    list: listWorkspaceObjects,
    create: (t, obj) => upload(t, obj, false),
    update: async (t, _id, obj) => {
      await upload(t, obj, true);
    },
    delete: (t, id) =>
      ignoreNotFound(() =>
        t.request('POST', '/api/2.0/workspace/delete', {
          body: { path: id, recursive: false },
          idempotent: true,
        }),
      ),
  };
}

export const notebooksApi = fileApi('notebook');
export const filesApi = fileApi('file');

export const directoriesApi: KindApi = {
  kind: 'directory',
  permissionId: objectId,
  list: listWorkspaceObjects,
  async create(t, obj) {
    await t.request('POST', '/api/2.0/workspace/mkdirs', {
      body: { path: String(obj.spec.path) },
      idempotent: true,
    });
    return String(obj.spec.path);
  },
  async update() {
    // A folder has nothing but its path (its identity) and its permissions, set separately.
  },
  async delete(t, id) {
    // Never recursive: a folder that still holds something codeploy does not manage stays.
    await ignoreNotFound(() =>
      t.request('POST', '/api/2.0/workspace/delete', {
        body: { path: id, recursive: false },
        idempotent: true,
      }),
    );
  },
};
