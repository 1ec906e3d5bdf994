import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isObject, type Json, type JsonObject } from '../core/model/json.ts';
import { alertRoutes } from './api/alerts.ts';
import { clusterRoutes } from './api/clusters.ts';
import { computeRoutes } from './api/compute.ts';
import { initScriptRoutes } from './api/init-scripts.ts';
import { jobRoutes } from './api/jobs.ts';
import { lakeviewRoutes } from './api/lakeview.ts';
import { libraryRoutes } from './api/libraries.ts';
import { oidcRoutes } from './api/oidc.ts';
import { permissionRoutes } from './api/permissions.ts';
import { pipelineRoutes } from './api/pipelines.ts';
import { queryRoutes } from './api/queries.ts';
import { repoRoutes } from './api/repos.ts';
import { scimRoutes } from './api/scim.ts';
import { secretRoutes } from './api/secrets.ts';
import { unityCatalogRoutes } from './api/unity-catalog.ts';
import { warehouseRoutes } from './api/warehouses.ts';
import { workspaceRoutes } from './api/workspace.ts';
import { ApiFailure } from './errors.ts';
import { WorkspaceState } from './state.ts';
import type { EmulatorOptions, FaultRule, LoggedRequest, RateLimit, Route } from './types.ts';

const ROUTES: Route[] = [
  ...jobRoutes,
  ...clusterRoutes,
  ...libraryRoutes,
  ...computeRoutes,
  ...pipelineRoutes,
  ...warehouseRoutes,
  ...workspaceRoutes,
  ...secretRoutes,
  ...initScriptRoutes,
  ...repoRoutes,
  ...alertRoutes,
  ...queryRoutes,
  ...lakeviewRoutes,
  ...unityCatalogRoutes,
  ...permissionRoutes,
  ...oidcRoutes,
  ...scimRoutes,
];

/**
 * A local stand-in for Databricks workspaces: one HTTP server per workspace on 127.0.0.1, all in
 * one process, with the quirks codeploy must survive (see README "The workspace emulator").
 * Control endpoints under `/__emulator/` (no auth) read the request log and set faults.
 */
export class Emulator {
  readonly workspaces = new Map<string, WorkspaceState>();
  readonly requests: LoggedRequest[] = [];
  faults: FaultRule[];
  rateLimits: RateLimit[];
  latencyMs: number;
  private readonly servers: Server[] = [];
  private readonly options: EmulatorOptions;
  private readonly windows = new Map<string, number[]>();

  constructor(options: EmulatorOptions) {
    this.options = options;
    this.faults = [...(options.faults ?? [])];
    this.rateLimits = [...(options.rateLimits ?? [])];
    this.latencyMs = options.latencyMs ?? 0;
    options.workspaces.forEach((name, i) => {
      const ws = new WorkspaceState(name, i, options.transitionMs ?? 0);
      ws.deployerIsAdmin = !options.nonAdminDeployer;
      ws.federationAudiences = [...(options.federationAudiences ?? [])];
      if (options.clock) ws.clock = options.clock;
      for (const g of options.principals?.groups ?? []) ws.directory.groups.add(g);
      for (const u of options.principals?.users ?? []) ws.directory.users.add(u);
      for (const sp of options.principals?.servicePrincipals ?? []) ws.directory.servicePrincipals.add(sp);
      this.workspaces.set(name, ws);
    });
  }

  /** Starts every workspace's server; returns name → host URL. */
  async start(): Promise<Record<string, string>> {
    const hosts: Record<string, string> = {};
    let i = 0;
    for (const ws of this.workspaces.values()) {
      const server = createServer((req, res) => {
        this.handle(ws, req, res).catch((err) => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error_code: 'INTERNAL_ERROR', message: String(err) }));
        });
      });
      // Clients close a connection 1 s before the server's Keep-Alive timeout (undici's Agent
      // keepAliveTimeoutThreshold; Node's http Agent, which codeploy's transport uses, reads the
      // hint the same way): at 1 s every request would open a new connection.
      server.keepAliveTimeout = 10_000;
      const port = this.options.port ? this.options.port + i : 0;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve());
      });
      ws.host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      hosts[ws.name] = ws.host;
      this.servers.push(server);
      i++;
    }
    return hosts;
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            s.closeAllConnections();
            s.close(() => resolve());
          }),
      ),
    );
    this.servers.length = 0;
  }

  workspace(name: string): WorkspaceState {
    const ws = this.workspaces.get(name);
    if (!ws) throw new Error(`no emulated workspace "${name}"`);
    return ws;
  }

  /** Requests that changed something (anything but GET), optionally for one workspace. */
  writes(workspace?: string): LoggedRequest[] {
    return this.requests.filter(
      (r) => r.method !== 'GET' && (!workspace || r.workspace === workspace) && !r.path.startsWith('/oidc/'),
    );
  }

  private async handle(ws: WorkspaceState, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', ws.host);
    const raw = await readBody(req);
    if (url.pathname.startsWith('/__emulator/')) return this.control(ws, req.method ?? 'GET', url, raw, res);
    const method = req.method ?? 'GET';
    const parsed = parseBody(req, raw);
    if (!parsed.ok) {
      // Source: the REST API's answer to a body it cannot parse (400 MALFORMED_REQUEST).
      return send(res, 400, {
        error_code: 'MALFORMED_REQUEST',
        message: `Invalid JSON given in the body of the request - expected a map: ${parsed.reason}`,
      });
    }
    const body = parsed.body;
    const log = (status: number) =>
      this.record({
        workspace: ws.name,
        method,
        path: url.pathname,
        query: url.search.slice(1),
        body: Object.keys(body).length ? redactBody(body) : null,
        status,
        at: ws.now(),
      });
    if (this.latencyMs > 0) await sleep(this.latencyMs);

    const limited = this.rateLimited(ws.name, method, url.pathname);
    if (limited) {
      log(429);
      return send(
        res,
        429,
        { error_code: 'REQUEST_LIMIT_EXCEEDED', message: 'Too many requests. Please wait and retry.' },
        { 'retry-after': String(limited) },
      );
    }
    const fault = this.takeFault(ws.name, method, url.pathname);
    if (fault && !fault.after) return this.fail(fault, res, log);

    const route = match(method, url.pathname);
    if (!route) {
      log(404);
      return send(res, 404, {
        error_code: 'ENDPOINT_NOT_FOUND',
        message: `No API found for '${method} ${url.pathname}'`,
      });
    }
    const user = this.authenticate(ws, req, url.pathname);
    if (!user) {
      log(401);
      return send(res, 401, { error_code: 'UNAUTHENTICATED', message: 'Invalid access token.' });
    }
    try {
      const call = {
        method,
        path: url.pathname,
        params: route.params,
        query: url.searchParams,
        body,
        ws,
        user,
      };
      const result = route.handler(call) ?? {};
      // A fault "after" the server acted: the change is made, the client sees an error.
      if (fault?.after) return this.fail(fault, res, log);
      log(200);
      send(res, 200, result, route.headers?.(call));
    } catch (err) {
      if (!(err instanceof ApiFailure)) throw err;
      log(err.status);
      send(res, err.status, { error_code: err.errorCode, message: err.message });
    }
  }

  private fail(fault: FaultRule, res: ServerResponse, log: (status: number) => void): void {
    if (fault.kind === 'drop') {
      log(0);
      res.socket?.destroy();
      return;
    }
    const status = fault.status ?? 500;
    log(status);
    const headers: Record<string, string> =
      fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
    send(
      res,
      status,
      {
        error_code:
          fault.errorCode ?? (status === 429 ? 'REQUEST_LIMIT_EXCEEDED' : 'TEMPORARILY_UNAVAILABLE'),
        message: 'Injected fault',
      },
      headers,
    );
  }

  private authenticate(ws: WorkspaceState, req: IncomingMessage, path: string): string | undefined {
    if (path.startsWith('/oidc/')) return 'anonymous';
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (token === ws.token) return ws.user;
    return ws.issuedTokens.get(token);
  }

  private takeFault(workspace: string, method: string, path: string): FaultRule | undefined {
    const fault = this.faults.find(
      (f) =>
        f.times > 0 &&
        path.includes(f.path) &&
        (!f.method || f.method === method) &&
        (!f.workspace || f.workspace === workspace),
    );
    if (fault?.skip) {
      fault.skip -= 1;
      return undefined;
    }
    if (fault) fault.times -= 1;
    return fault;
  }

  /** Seconds to wait, when this request is over its endpoint's rate; otherwise 0. */
  private rateLimited(workspace: string, method: string, path: string): number {
    const limit = this.rateLimits.find((l) => path.includes(l.path) && (!l.method || l.method === method));
    if (!limit) return 0;
    const key = `${workspace} ${limit.method ?? '*'} ${limit.path}`;
    const now = Date.now();
    const recent = (this.windows.get(key) ?? []).filter((t) => now - t < 1000);
    if (recent.length >= limit.perSecond) {
      this.windows.set(key, recent);
      return 1;
    }
    recent.push(now);
    this.windows.set(key, recent);
    return 0;
  }

  private record(entry: LoggedRequest): void {
    this.requests.push(entry);
    if (this.options.logFile) appendFileSync(this.options.logFile, `${JSON.stringify(entry)}\n`);
  }

  private control(ws: WorkspaceState, method: string, url: URL, raw: string, res: ServerResponse): void {
    const what = url.pathname.slice('/__emulator/'.length);
    if (what === 'requests' && method === 'GET') {
      const all = url.searchParams.get('all') === 'true';
      send(res, 200, {
        requests: this.requests.filter((r) => all || r.workspace === ws.name) as unknown as Json,
      });
      return;
    }
    if (what === 'requests' && method === 'DELETE') {
      this.requests.length = 0;
      send(res, 200, {});
      return;
    }
    if (what === 'faults' && method === 'POST') {
      const parsed = JSON.parse(raw || '{}') as {
        faults?: FaultRule[];
        rateLimits?: RateLimit[];
        latencyMs?: number;
      };
      if (parsed.faults) this.faults = parsed.faults;
      if (parsed.rateLimits) this.rateLimits = parsed.rateLimits;
      if (parsed.latencyMs !== undefined) this.latencyMs = parsed.latencyMs;
      send(res, 200, {});
      return;
    }
    if (what === 'clock' && method === 'POST') {
      const { advanceMs } = JSON.parse(raw || '{}') as { advanceMs?: number };
      for (const w of this.workspaces.values()) w.clockOffsetMs += Number(advanceMs ?? 0);
      send(res, 200, { now: ws.now() });
      return;
    }
    if (what === 'info' && method === 'GET') {
      send(res, 200, { workspace: ws.name, host: ws.host, token: ws.token });
      return;
    }
    send(res, 404, { error_code: 'ENDPOINT_NOT_FOUND', message: `unknown control endpoint ${what}` });
  }
}

/**
 * The routes by method and segment count, each pattern split once: trying every route, pattern
 * split anew, at every request was a tenth of the emulator's CPU.
 */
const ROUTE_INDEX = new Map<string, Array<{ route: Route; pattern: string[] }>>();
for (const route of ROUTES) {
  const pattern = route.pattern.split('/');
  const key = `${route.method} ${pattern.length}`;
  ROUTE_INDEX.set(key, [...(ROUTE_INDEX.get(key) ?? []), { route, pattern }]);
}

function match(
  method: string,
  path: string,
): (Pick<Route, 'handler' | 'headers'> & { params: Record<string, string> }) | undefined {
  const segments = path.split('/');
  for (const { route, pattern } of ROUTE_INDEX.get(`${method} ${segments.length}`) ?? []) {
    const params: Record<string, string> = {};
    const fits = pattern.every((p, i) => {
      if (!p.startsWith(':')) return p === segments[i];
      params[p.slice(1)] = decodeURIComponent(segments[i] ?? '');
      return true;
    });
    if (fits) {
      return { handler: route.handler, ...(route.headers ? { headers: route.headers } : {}), params };
    }
  }
  return undefined;
}

/** By events rather than `for await`: the stream's async iterator cost the emulator more than most handlers. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(
  req: IncomingMessage,
  raw: string,
): { ok: true; body: JsonObject } | { ok: false; reason: string } {
  let body: JsonObject = {};
  if ((req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
    body = Object.fromEntries(new URLSearchParams(raw));
  } else if (raw.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (!isObject(parsed)) return { ok: false, reason: 'the body is not a JSON object' };
      body = parsed;
    } catch (err) {
      return { ok: false, reason: err instanceof Error ? err.message : 'unparsable' };
    }
  }
  const auth = req.headers.authorization ?? '';
  if (auth.startsWith('Basic ')) {
    const [id, secret] = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':');
    body = { client_id: id ?? '', client_secret: secret ?? '', ...body };
  }
  return { ok: true, body };
}

/** The log never holds secret values or tokens, so tests can print it. */
/**
 * What the request log keeps of a body: secrets redacted, and uploaded content as its size and hash,
 * so a deploy of thousands of notebooks and state writes does not hold every byte in memory.
 */
function redactBody(body: JsonObject): JsonObject {
  const out: JsonObject = { ...body };
  for (const key of ['string_value', 'bytes_value', 'client_secret', 'subject_token'])
    if (key in out) out[key] = '(redacted)';
  if (typeof out.content === 'string') {
    const bytes = Buffer.from(out.content, 'base64');
    out.content = `(${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 12)})`;
  }
  return out;
}

function send(res: ServerResponse, status: number, body: Json, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
