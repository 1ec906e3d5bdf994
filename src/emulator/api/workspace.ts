import { posix } from 'node:path';
import type { JsonObject } from '../../core/model/json.ts';
import { ApiFailure, exists, invalid, notFound } from '../errors.ts';
import type { WorkspaceObject, WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** `/Workspace/Shared/x` and `/Shared/x` are the same object. */
function normalize(path: unknown): string {
  const p = posix.normalize(String(path ?? ''));
  if (!p.startsWith('/')) throw invalid(`Path (${String(path)}) doesn't start with '/'`);
  return p.startsWith('/Workspace/') ? p.slice('/Workspace'.length) : p === '/Workspace' ? '/' : p;
}

function statusOf(o: WorkspaceObject): JsonObject {
  return {
    path: o.path,
    object_type: o.object_type,
    object_id: o.object_id,
    modified_at: o.modified_at,
    ...(o.language ? { language: o.language } : {}),
    ...(o.content !== undefined ? { size: Buffer.from(o.content, 'base64').length } : {}),
  };
}

function mkdirs(ws: WorkspaceState, path: string): void {
  const parts = path.split('/').filter(Boolean);
  let cur = '';
  for (const part of parts) {
    cur += `/${part}`;
    const existing = ws.objects.get(cur);
    if (existing && existing.object_type !== 'DIRECTORY')
      throw exists(`${cur} exists and is not a directory`);
    if (!existing)
      ws.objects.set(cur, {
        path: cur,
        object_type: 'DIRECTORY',
        object_id: ws.nextNumericId(),
        modified_at: ws.now(),
      });
  }
}

/** The first line of a notebook's source file, per language. */
const NOTEBOOK_HEADER: Record<string, string> = {
  PYTHON: '# Databricks notebook source',
  SQL: '-- Databricks notebook source',
  SCALA: '// Databricks notebook source',
  R: '# Databricks notebook source',
};

/**
 * What an import makes of its content. RAW is always a file. AUTO sniffs: content that starts with a
 * notebook source header becomes a notebook, anything else a file. The other formats are notebooks.
 * Sources: the SDK's ImportRequest.format docs; databricks/cli libs/testserver/fake_workspace.go
 * (WorkspaceFilesImportFile: "Files … can be notebooks if they contain a magical header").
 */
function importedAs(
  format: string,
  text: string,
  language: unknown,
): { type: 'FILE' | 'NOTEBOOK'; language?: string } {
  if (format === 'RAW') return { type: 'FILE' };
  if (format === 'AUTO') {
    const header = Object.entries(NOTEBOOK_HEADER).find(([, h]) => text.startsWith(h));
    return header ? { type: 'NOTEBOOK', language: String(language ?? header[0]) } : { type: 'FILE' };
  }
  return { type: 'NOTEBOOK', language: String(language ?? 'PYTHON') };
}

/**
 * A notebook exported as SOURCE is not byte for byte what was imported: it starts with the source
 * header, and cells end in a newline. Source: docs.databricks.com "Export and import notebooks"
 * (source files begin with "# Databricks notebook source"); issue #7's review.
 */
function exportedSource(o: WorkspaceObject): string {
  const text = Buffer.from(o.content ?? '', 'base64').toString('utf8');
  const header = NOTEBOOK_HEADER[o.language ?? 'PYTHON'] ?? NOTEBOOK_HEADER.PYTHON;
  const withHeader = text.startsWith(header as string) ? text : `${header}\n${text}`;
  const normalized = withHeader.endsWith('\n') ? withHeader : `${withHeader}\n`;
  return Buffer.from(normalized, 'utf8').toString('base64');
}

export const workspaceRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/api/2.0/workspace/mkdirs',
    handler: ({ ws, body }) => {
      mkdirs(ws, normalize(body.path));
      return {};
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.0/workspace/import',
    handler: ({ ws, body }) => {
      const path = normalize(body.path);
      const content = String(body.content ?? '');
      if (Buffer.from(content, 'base64').length > MAX_IMPORT_BYTES)
        throw new ApiFailure(400, 'MAX_NOTEBOOK_SIZE_EXCEEDED', 'File is larger than 10 MB.');
      const parent = ws.objects.get(posix.dirname(path));
      // The real API does not create missing parent folders.
      if (parent?.object_type !== 'DIRECTORY')
        throw notFound(`The parent folder (${posix.dirname(path)}) does not exist.`);
      const format = String(body.format ?? 'SOURCE');
      // Source: the SDK's ImportRequest ("For DBC format, overwrite is not supported").
      if (format === 'DBC' && body.overwrite === true)
        throw invalid('overwrite is not supported for the DBC format, since it may contain a directory.');
      const kind = importedAs(format, Buffer.from(content, 'base64').toString('utf8'), body.language);
      const existing = ws.objects.get(path);
      if (existing && body.overwrite !== true) throw exists(`${path} already exists.`);
      if (existing?.object_type === 'DIRECTORY') throw exists(`${path} is a directory.`);
      ws.objects.set(path, {
        path,
        object_type: kind.type,
        object_id: existing?.object_id ?? ws.nextNumericId(),
        ...(kind.language ? { language: kind.language } : {}),
        content,
        modified_at: ws.now(),
      });
      return {};
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/workspace/export',
    handler: ({ ws, query }) => {
      const o = ws.objects.get(normalize(query.get('path')));
      if (!o || o.object_type === 'DIRECTORY') throw notFound(`Path (${query.get('path')}) doesn't exist.`);
      if (o.object_type === 'FILE') return { content: o.content ?? '' };
      return { content: exportedSource(o), file_type: o.language === 'PYTHON' ? 'py' : '' };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/workspace/get-status',
    handler: ({ ws, query }) => {
      const o = ws.objects.get(normalize(query.get('path')));
      if (!o) throw notFound(`Path (${query.get('path')}) doesn't exist.`);
      return statusOf(o);
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/workspace/list',
    handler: ({ ws, query }) => {
      const dir = normalize(query.get('path'));
      const o = ws.objects.get(dir);
      if (!o) throw notFound(`Path (${query.get('path')}) doesn't exist.`);
      if (o.object_type !== 'DIRECTORY') return { objects: [statusOf(o)] };
      // Not recursive, like the real API.
      const children = [...ws.objects.values()].filter(
        (c) => c.path !== '/' && posix.dirname(c.path) === dir,
      );
      return children.length > 0 ? { objects: children.map(statusOf) } : {};
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.0/workspace/delete',
    handler: ({ ws, body }) => {
      const path = normalize(body.path);
      const o = ws.objects.get(path);
      if (!o) throw notFound(`Path (${path}) doesn't exist.`);
      const below = [...ws.objects.keys()].filter((p) => p.startsWith(`${path}/`));
      if (o.object_type === 'DIRECTORY' && below.length > 0 && body.recursive !== true) {
        throw new ApiFailure(400, 'DIRECTORY_NOT_EMPTY', `Folder (${path}) is not empty.`);
      }
      for (const p of [path, ...below]) ws.objects.delete(p);
      return {};
    },
  },
];
