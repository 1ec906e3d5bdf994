import type { Json, JsonObject } from '../core/model/json.ts';
import type { WorkspaceState } from './state.ts';

/** One request as a handler sees it. */
export interface Call {
  method: string;
  /** Path without the query string, e.g. `/api/2.2/jobs/get`. */
  path: string;
  /** Parameters of the path pattern (`:id`). */
  params: Record<string, string>;
  query: URLSearchParams;
  body: JsonObject;
  ws: WorkspaceState;
  /** The principal the token belongs to. */
  user: string;
}

export type Handler = (call: Call) => Json | undefined;

export interface Route {
  method: string;
  /** `/api/2.0/pipelines/:id`: a `:name` segment matches one path segment. */
  pattern: string;
  handler: Handler;
  /** Response headers the route sets besides content-type. */
  headers?: (call: Call) => Record<string, string>;
}

/** A logged request, readable over HTTP and from tests in other processes. */
export interface LoggedRequest {
  workspace: string;
  method: string;
  path: string;
  query: string;
  body: Json | null;
  status: number;
  at: number;
}

/**
 * A fault to inject. `when` picks the requests (method and a path substring); `times` how many of
 * them fail. `after: true` lets the server act first and then fail the response, the case that
 * makes naive create retries duplicate objects.
 */
export interface FaultRule {
  method?: string;
  path: string;
  workspace?: string;
  times: number;
  /** Let this many matching requests through before the fault starts. */
  skip?: number;
  kind: 'status' | 'drop';
  status?: number;
  errorCode?: string;
  retryAfterSeconds?: number;
  after?: boolean;
}

/**
 * Per-endpoint rates Databricks documents, per workspace. Sources: learn.microsoft.com/azure/databricks/
 * resources/limits ("Jobs API - create: 20 requests/second"), and the API facts (permissions writes
 * about 30/s). On by default in `codeploy emulator` and the demo; off in tests that measure other things.
 */
export const DOCUMENTED_RATE_LIMITS: readonly RateLimit[] = [
  { method: 'POST', path: '/jobs/create', perSecond: 20 },
  { method: 'PUT', path: '/api/2.0/permissions/', perSecond: 30 },
];

/** Requests per second allowed on one endpoint before it answers 429 with Retry-After. */
export interface RateLimit {
  method?: string;
  path: string;
  perSecond: number;
}

export interface EmulatorOptions {
  workspaces: string[];
  /** First port; workspace i listens on port + i. 0 picks free ports. */
  port?: number;
  /** Added to every response, in milliseconds. */
  latencyMs?: number;
  /** How long a cluster or warehouse takes to start or stop, in milliseconds. */
  transitionMs?: number;
  rateLimits?: RateLimit[];
  faults?: FaultRule[];
  /** Audiences federation policies accept besides each workspace's token endpoint (an account id). */
  federationAudiences?: string[];
  /** The deploying principal is not a workspace admin (default: it is). */
  nonAdminDeployer?: boolean;
  /** The workspaces' clock (ms since epoch), for repeatable recordings; real time by default. */
  clock?: () => number;
  /** Also append every request as a JSON line to this file. */
  logFile?: string;
  /** Principals every workspace holds besides `admins`, `users` and the deployer (none by default). */
  principals?: { groups?: string[]; users?: string[]; servicePrincipals?: string[] };
}
