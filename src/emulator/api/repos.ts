import type { JsonObject } from '../../core/model/json.ts';
import { exists, invalid, notFound } from '../errors.ts';
import type { RepoRecord, WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';
import { requireManage } from './permissions.ts';

/**
 * Source: the SDK's workspace CreateRepoRequest docs ("This field is case-insensitive"). Kept apart
 * from codeploy's own list (core/kinds/git-folder.ts) on purpose: the emulator follows the API, and
 * must not accept something because codeploy's rules do.
 */
const PROVIDERS = [
  'gitHub',
  'bitbucketCloud',
  'gitLab',
  'azureDevOpsServices',
  'gitHubEnterprise',
  'bitbucketServer',
  'gitLabEnterpriseEdition',
  'awsCodeCommit',
];

/** The commit a clone is on: nothing is cloned here (as in databricks/cli libs/testserver/repos.go). */
const HEAD_COMMIT = '0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b';

/** A GET's RepoInfo (the SDK's model): no `tag` field; a tag checked out shows no branch. */
function view(r: RepoRecord): JsonObject {
  return {
    id: Number(r.id),
    path: r.path,
    url: r.url,
    provider: r.provider,
    ...(r.branch !== undefined ? { branch: r.branch } : {}),
    head_commit_id: HEAD_COMMIT,
    ...(r.sparse_checkout ? { sparse_checkout: r.sparse_checkout } : {}),
  };
}

function repo(ws: WorkspaceState, id: string | undefined): RepoRecord {
  const r = ws.repos.get(String(id));
  if (!r) throw notFound(`Repo ${String(id)} does not exist.`);
  return r;
}

/** How a PATCH changes the checkout (the SDK's UpdateRepoRequest): a branch or a tag, not both. */
function checkout(r: RepoRecord, body: JsonObject): void {
  if (body.branch !== undefined && body.tag !== undefined)
    throw invalid('Only one of branch or tag can be given.');
  if (typeof body.branch === 'string') r.branch = body.branch;
  if (typeof body.tag === 'string') delete r.branch; // detached at the tag
  if (body.sparse_checkout !== undefined) r.sparse_checkout = body.sparse_checkout as JsonObject;
}

const PAGE = 100;

export const repoRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/api/2.0/repos',
    handler: ({ ws, body, user }) => {
      if (typeof body.url !== 'string' || body.url === '') throw invalid('url is required');
      const provider = PROVIDERS.find((p) => p.toLowerCase() === String(body.provider ?? '').toLowerCase());
      if (!provider) throw invalid(`Invalid Git provider: ${String(body.provider)}`);
      // Source: the SDK's CreateRepoRequest: branch and tag are not create fields (a PATCH sets them).
      for (const f of ['branch', 'tag']) if (f in body) throw invalid(`Unknown field: ${f}`);
      const name =
        body.url
          .replace(/\.git$/, '')
          .split(/[/:]/)
          .pop() ?? 'repo';
      const path =
        typeof body.path === 'string'
          ? body.path.replace(/^\/Workspace(?=\/)/, '')
          : `/Repos/${user}/${name}`;
      // One path holds one thing: a folder, a notebook or a Git folder.
      if (ws.objects.has(path) || [...ws.repos.values()].some((r) => r.path === path))
        throw exists(`Path (${path}) already exists.`);
      const id = String(ws.nextNumericId());
      const record: RepoRecord = { id, path, url: body.url, provider, branch: 'main' };
      if (body.sparse_checkout !== undefined) record.sparse_checkout = body.sparse_checkout as JsonObject;
      ws.repos.set(id, record);
      ws.grantCreator('repos', id, user, 'CAN_MANAGE');
      return view(record);
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/repos',
    handler: ({ ws, query }) => {
      const prefix = query.get('path_prefix') ?? '';
      const all = [...ws.repos.values()]
        .filter((r) => r.path.startsWith(prefix))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      const start = Number(query.get('next_page_token') ?? 0);
      const page = all.slice(start, start + PAGE);
      return {
        repos: page.map(view),
        ...(start + PAGE < all.length ? { next_page_token: String(start + PAGE) } : {}),
      };
    },
  },
  { method: 'GET', pattern: '/api/2.0/repos/:id', handler: ({ ws, params }) => view(repo(ws, params.id)) },
  {
    method: 'PATCH',
    pattern: '/api/2.0/repos/:id',
    handler: ({ ws, params, body, user }) => {
      const r = repo(ws, params.id);
      requireManage(ws, 'repos', r.id, user);
      checkout(r, body);
      return {};
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/2.0/repos/:id',
    handler: ({ ws, params, user }) => {
      const r = repo(ws, params.id);
      requireManage(ws, 'repos', r.id, user);
      ws.repos.delete(r.id);
      ws.grants.delete(`repos/${r.id}`);
      return {};
    },
  },
];
