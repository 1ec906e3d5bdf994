import type { JsonObject } from '../../core/model/json.ts';
import { ApiFailure, invalid, notFound } from '../errors.ts';
import type { PipelineRecord, WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';

const MAX_RESULTS = 100;

function pipeline(ws: WorkspaceState, id: string | undefined): PipelineRecord {
  const record = ws.pipelines.get(String(id));
  if (!record) throw notFound(`Pipeline ${String(id)} does not exist`);
  return record;
}

function nameTaken(ws: WorkspaceState, name: unknown, except?: string): boolean {
  return [...ws.pipelines.values()].some((p) => p.pipeline_id !== except && p.spec.name === name);
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
        spec,
        state: spec.continuous === true ? 'RUNNING' : 'IDLE',
        last_modified: Date.now(),
        creator_user_name: user,
      });
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
    handler: ({ ws, params, body }) => {
      const p = pipeline(ws, params.id);
      const { allow_duplicate_names, expected_last_modified, pipeline_id: _pid, id: _id, ...spec } = body;
      if (expected_last_modified !== undefined && Number(expected_last_modified) !== p.last_modified) {
        throw new ApiFailure(409, 'ABORTED', 'The pipeline was modified since it was read.');
      }
      // The storage location cannot change in place: the real API refuses it too.
      if ((spec.storage ?? null) !== (p.spec.storage ?? null))
        throw invalid('Cannot change the storage location of a pipeline.');
      if (!allow_duplicate_names && nameTaken(ws, spec.name, p.pipeline_id)) {
        throw new ApiFailure(
          409,
          'RESOURCE_CONFLICT',
          `Pipeline name '${String(spec.name)}' already exists.`,
        );
      }
      p.spec = spec;
      p.state = spec.continuous === true ? 'RUNNING' : 'IDLE';
      p.last_modified = Date.now();
      return {};
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/2.0/pipelines/:id',
    handler: ({ ws, params }) => {
      pipeline(ws, params.id);
      ws.pipelines.delete(String(params.id));
      ws.grants.delete(`pipelines/${params.id}`);
      return {};
    },
  },
];
