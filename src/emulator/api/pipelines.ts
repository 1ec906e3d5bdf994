import type { JsonObject } from '../../core/model/json.ts';
import { ApiFailure, invalid, notFound } from '../errors.ts';
import type { PipelineRecord, WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';
import { requireManage } from './permissions.ts';

const MAX_RESULTS = 100;

function pipeline(ws: WorkspaceState, id: string | undefined): PipelineRecord {
  purgeDeleted(ws);
  const record = ws.pipelines.get(String(id));
  if (!record) throw notFound(`Pipeline ${String(id)} does not exist`);
  return record;
}

function purgeDeleted(ws: WorkspaceState): void {
  for (const p of ws.pipelines.values()) {
    if (p.deleted_at !== undefined && ws.now() >= p.deleted_at + Math.max(ws.transitionMs, 0)) {
      ws.pipelines.delete(p.pipeline_id);
      ws.grants.delete(`pipelines/${p.pipeline_id}`);
    }
  }
}

function nameTaken(ws: WorkspaceState, name: unknown, except?: string): boolean {
  return [...ws.pipelines.values()].some((p) => p.pipeline_id !== except && p.spec.name === name);
}

/**
 * What pipelines create and edit store: a storage location generated when neither storage nor a
 * catalog is given, and the catalog lower-cased. Sources: databricks/cli libs/testserver/pipelines.go
 * setSpecDefaults; resources.yml ("UC lowercases identifier names").
 */
function pipelineFixUps(spec: JsonObject, id: string): JsonObject {
  const out: JsonObject = { ...spec };
  delete out.run_as;
  if (out.storage === undefined && out.catalog === undefined) out.storage = `dbfs:/pipelines/${id}`;
  if (typeof out.catalog === 'string') out.catalog = out.catalog.toLowerCase();
  return out;
}

function view(p: PipelineRecord): JsonObject {
  return {
    pipeline_id: p.pipeline_id,
    name: p.spec.name ?? null,
    state: p.state,
    creator_user_name: p.creator_user_name,
    run_as_user_name: p.creator_user_name,
    last_modified: p.last_modified,
    latest_updates: [],
    spec: { ...p.spec, id: p.pipeline_id },
  };
}

export const pipelineRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/api/2.0/pipelines',
    handler: ({ ws, body, user }) => {
      purgeDeleted(ws);
      const { allow_duplicate_names, dry_run: _dry, ...spec } = body;
      if (!allow_duplicate_names && nameTaken(ws, spec.name)) {
        throw new ApiFailure(
          409,
          'RESOURCE_CONFLICT',
          `Pipeline name '${String(spec.name)}' already exists.`,
        );
      }
      const pipeline_id = `${ws.nextHexId(8)}-${ws.nextHexId(4)}-${ws.nextHexId(4)}-${ws.nextHexId(4)}-${ws.nextHexId(12)}`;
      // A continuous pipeline starts running as soon as it exists.
      ws.pipelines.set(pipeline_id, {
        pipeline_id,
        spec: pipelineFixUps(spec, pipeline_id),
        state: spec.continuous === true ? 'RUNNING' : 'IDLE',
        last_modified: ws.now(),
        creator_user_name: user,
      });
      ws.grantCreator('pipelines', pipeline_id, user, 'IS_OWNER');
      return { pipeline_id };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/pipelines',
    handler: ({ ws, query }) => {
      const max = Number(query.get('max_results') ?? 25);
      if (!Number.isInteger(max) || max < 1 || max > MAX_RESULTS)
        throw invalid(`max_results must be between 1 and ${MAX_RESULTS}`);
      purgeDeleted(ws);
      const all = [...ws.pipelines.values()];
      const offset = Number(query.get('page_token') ?? 0);
      const statuses = all.slice(offset, offset + max).map((p) => ({
        pipeline_id: p.pipeline_id,
        name: p.spec.name,
        state: p.state,
        creator_user_name: p.creator_user_name,
      }));
      return { statuses, ...(offset + max < all.length ? { next_page_token: String(offset + max) } : {}) };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/pipelines/:id',
    handler: ({ ws, params }) => view(pipeline(ws, params.id)),
  },
  {
    method: 'PUT',
    pattern: '/api/2.0/pipelines/:id',
    handler: ({ ws, params, body, user }) => {
      const p = pipeline(ws, params.id);
      requireManage(ws, 'pipelines', p.pipeline_id, user);
      const { allow_duplicate_names, expected_last_modified, pipeline_id: _pid, id: _id, ...spec } = body;
      if (expected_last_modified !== undefined && Number(expected_last_modified) !== p.last_modified) {
        throw new ApiFailure(409, 'ABORTED', 'The pipeline was modified since it was read.');
      }
      // The storage location cannot change in place: the real API refuses it too.
      if ((pipelineFixUps(spec, p.pipeline_id).storage ?? null) !== (p.spec.storage ?? null))
        throw invalid('Cannot change the storage location of a pipeline.');
      if (!allow_duplicate_names && nameTaken(ws, spec.name, p.pipeline_id)) {
        throw new ApiFailure(
          409,
          'RESOURCE_CONFLICT',
          `Pipeline name '${String(spec.name)}' already exists.`,
        );
      }
      p.spec = pipelineFixUps(spec, p.pipeline_id);
      // An edit does not stop the update in progress: new settings take effect with the next update
      // (docs.databricks.com, "Configure pipelines"); only `stop` ends it.
      if (spec.continuous === true) p.state = 'RUNNING';
      p.last_modified = ws.now();
      return {};
    },
  },
  {
    // Stops the pipeline by cancelling its active update; a no-op when there is none (SDK:
    // Pipelines.stop).
    method: 'POST',
    pattern: '/api/2.0/pipelines/:id/stop',
    handler: ({ ws, params, user }) => {
      const p = pipeline(ws, params.id);
      requireManage(ws, 'pipelines', p.pipeline_id, user);
      if (p.state === 'RUNNING') p.state = 'IDLE';
      return {};
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/2.0/pipelines/:id',
    handler: ({ ws, params, user }) => {
      const p = pipeline(ws, params.id);
      requireManage(ws, 'pipelines', p.pipeline_id, user);
      // Deletion is asynchronous: the pipeline reads as DELETED, and keeps its name, until it is gone.
      // Source: Terraform pipelines/resource_pipeline.go Delete ("… not yet deleted", polled until missing).
      p.state = 'DELETED';
      p.deleted_at = ws.now();
      purgeDeleted(ws);
      return {};
    },
  },
];
