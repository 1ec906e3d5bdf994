// Node's own http client rather than fetch or undici. fetch's web streams cost about half the CPU
// of a request (a deploy at 16 requests in flight per region was CPU-bound on them). undici's
// request() costs about as little per request, but loading it (with node:http2 and node:assert,
// which it requires at load) was 30 ms of the action's start-up, before its first request.
import { Agent, type ClientRequest, request as httpRequest, type IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { Json, JsonObject } from '../../core/model/json.ts';
import { AmbiguousWriteError, DatabricksError, UnreachableError } from './errors.ts';

/**
 * The headers that carry a request's credentials; backed by the SDK's auth (see auth.ts). A plain
 * record, so a request builds no `Headers` of its own: that class was a tenth of a request's CPU.
 */
export type Authenticate = () => Promise<Readonly<Record<string, string>>>;

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Backoff base, doubled per attempt, in milliseconds (with jitter). */
  baseDelayMs: number;
  /** Longest single wait, Retry-After included. */
  maxDelayMs: number;
  /** How long a request may wait for the response's headers, then for each part of its body. */
  timeoutMs: number;
  /** 429s have their own, larger budget: a rate limit passes if one waits as told. */
  rateLimitAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  timeoutMs: 60_000,
  rateLimitAttempts: 40,
};

export interface RequestOptions {
  /** A list value repeats the parameter (`filter_by.cluster_sources=UI&filter_by.cluster_sources=API`). */
  query?: Record<string, string | number | boolean | readonly string[] | undefined>;
  body?: Json;
  /**
   * Whether sending the request twice has the same effect as once (reads, edits, resets, deletes,
   * permission sets). Creates are not: after an ambiguous failure they are never retried here.
   */
  idempotent: boolean;
  /** Told the headers of the successful response (the workspace id comes in one). */
  onHeaders?: (header: (name: string) => string | null) => void;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

/**
 * The HTTP transport to one workspace. It is ours rather than the SDK's because the SDK retries
 * creates blindly, ignores Retry-After, does not retry 503, and sends PATCH bodies empty
 * (see ../shared/reference/databricks-api-facts.md). Rules:
 * - 429 is retried for every request, waiting what Retry-After says: the server did not act;
 * - 5xx and dropped connections are retried only for idempotent requests; for a create they raise
 *   AmbiguousWriteError, and the caller looks the object up by its ownership marker first;
 * - a connection that could not be opened is retried always: nothing was sent.
 */
export class Transport {
  readonly host: string;
  private readonly authenticate: Authenticate;
  private readonly retry: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Counts of requests made, by method, for progress and benchmarks. */
  readonly counts = { GET: 0, write: 0, retries: 0 };
  private readonly pacer: Pacer;

  constructor(
    host: string,
    authenticate: Authenticate,
    retry: RetryPolicy = DEFAULT_RETRY,
    sleep = defaultSleep,
  ) {
    this.host = host.replace(/\/$/, '');
    this.authenticate = authenticate;
    this.retry = retry;
    this.sleep = sleep;
    this.pacer = new Pacer(sleep);
  }

  async request<T = JsonObject>(method: string, path: string, options: RequestOptions): Promise<T> {
    const url = new URL(this.host + path);
    for (const [k, v] of Object.entries(options.query ?? {})) {
      if (Array.isArray(v)) for (const item of v) url.searchParams.append(k, item);
      else if (v !== undefined) url.searchParams.set(k, String(v));
    }
    let limited = 0;
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= this.retry.attempts;
      let response: Answer;
      try {
        await this.pacer.slot();
        response = await this.send(method, url, options.body);
      } catch (err) {
        // Only network failures are retried; anything else (credentials missing, a bug) is final.
        if (!isNetworkFailure(err)) throw err;
        const neverSent = isConnectFailure(err);
        if (neverSent && last) throw new UnreachableError(`cannot reach ${this.host}: ${describe(err)}`);
        if (!neverSent && !options.idempotent) {
          throw new AmbiguousWriteError(
            `${method} ${path}: the connection failed after the request was sent (${describe(err)})`,
            err,
          );
        }
        if (last) throw new UnreachableError(`${method} ${path}: ${describe(err)}`);
        await this.backoff(attempt);
        continue;
      }
      const text = response.text;
      if (response.ok) {
        this.pacer.succeeded();
        if (options.onHeaders) options.onHeaders(response.header);
        return (text.trim() === '' ? {} : JSON.parse(text)) as T;
      }
      const error = toError(response.status, text, method, path);
      if (response.status === 429 && ++limited < this.retry.rateLimitAttempts) {
        // The server did not act: wait as told, without spending an attempt, in turn with every
        // other request to this workspace (see Pacer).
        attempt--;
        this.counts.retries++;
        this.pacer.limited();
        const told = retryAfterMs(response.header('retry-after')) ?? this.retry.baseDelayMs;
        await this.sleep(Math.min(this.retry.maxDelayMs, told));
        continue;
      }
      const retryable =
        RETRYABLE_STATUS.has(response.status) && (response.status === 429 || options.idempotent);
      if (!retryable || last) {
        if (!options.idempotent && response.status >= 500) {
          throw new AmbiguousWriteError(
            `${method} ${path}: the server failed (${response.status}) and may have acted`,
            error,
          );
        }
        throw error;
      }
      await this.backoff(attempt, retryAfterMs(response.header('retry-after')));
    }
  }

  private async send(method: string, url: URL, body: Json | undefined): Promise<Answer> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': 'codeploy',
      ...(await this.authenticate()),
    };
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    if (method === 'GET') this.counts.GET++;
    else this.counts.write++;
    const timeout = this.retry.timeoutMs;
    return new Promise<Answer>((resolve, reject) => {
      const client = url.protocol === 'https:' ? https() : { request: httpRequest, agent: httpAgent };
      // `timeout` covers the whole exchange, the connection's opening included: each wait (to
      // connect, for the headers, inside the body) may last that long.
      const req = client.request(url, { method, headers, agent: client.agent, timeout }, (res) => {
        // The whole body is read before the status is looked at: the connection goes back to the pool.
        res.setEncoding('utf8');
        let text = '';
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve(answer(res, text)));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(timeoutError(req, timeout)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  private async backoff(attempt: number, retryAfter?: number): Promise<void> {
    this.counts.retries++;
    const exponential = this.retry.baseDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
    await this.sleep(Math.min(this.retry.maxDelayMs, retryAfter ?? exponential));
  }
}

/** What send() gives back: the status, the body read whole, and the headers. */
interface Answer {
  status: number;
  ok: boolean;
  text: string;
  header(name: string): string | null;
}

function answer(res: IncomingMessage, text: string): Answer {
  const status = res.statusCode ?? 0;
  return {
    status,
    ok: status >= 200 && status < 300,
    text,
    header: (name) => {
      const v = res.headers[name.toLowerCase()];
      return (Array.isArray(v) ? v[0] : v) ?? null;
    },
  };
}

/**
 * Connections are kept for the next request. An idle one is closed after 30 s, or before the
 * server's own Keep-Alive timeout when it says one (Node's agent reads the hint): a request sent
 * on a connection the server is closing fails, and a create that fails so is ambiguous.
 */
const AGENT_OPTIONS = { keepAlive: true, timeout: 30_000 };
const httpAgent = new Agent(AGENT_OPTIONS);
let httpsClient: { request: typeof httpRequest; agent: Agent } | undefined;

/** node:https, loaded at the first https request: it brings TLS, which plain http never needs. */
function https(): { request: typeof httpRequest; agent: Agent } {
  if (!httpsClient) {
    const mod = createRequire(import.meta.url)('node:https') as typeof import('node:https');
    httpsClient = { request: mod.request, agent: new mod.Agent(AGENT_OPTIONS) };
  }
  return httpsClient;
}

/**
 * A wait that lasted the whole timeout. Before the connection opened nothing was sent
 * (ECONNTIMEDOUT, retried as a refused connection is); after, the server may have acted.
 */
function timeoutError(req: ClientRequest, ms: number): Error {
  const connecting = req.socket === null || req.socket.connecting;
  return Object.assign(new Error(`no answer within ${ms} ms`), {
    code: connecting ? 'ECONNTIMEDOUT' : 'ETIMEDOUT',
  });
}

function toError(status: number, text: string, method: string, path: string): DatabricksError {
  let code = `HTTP_${status}`;
  let message = text.slice(0, 500);
  try {
    const parsed = JSON.parse(text) as { error_code?: string; message?: string; error?: string };
    code = parsed.error_code ?? parsed.error ?? code;
    message = parsed.message ?? message;
  } catch {}
  return new DatabricksError(status, code, message, method, path);
}

/** Retry-After is seconds or an HTTP date. */
export function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/** The error's code, or its cause's (a system error's is ECONNRESET etc.; ours are in timeoutError). */
function codeOf(err: unknown): string {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  return String(e.code ?? e.cause?.code ?? '');
}

/**
 * What fails when the network does: a system error (ECONNRESET when the other side closed,
 * ECONNREFUSED…), or one of timeoutError's.
 */
function isNetworkFailure(err: unknown): boolean {
  return /^E[A-Z]+$/.test(codeOf(err));
}

/** The request never left: refused, unresolvable, unreachable, or the connection never opened. */
function isConnectFailure(err: unknown): boolean {
  return ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNTIMEDOUT'].includes(
    codeOf(err),
  );
}

/** The failure in a few words: its code, and the message too when it is not just about the code (a wait). */
function describe(err: unknown): string {
  const code = codeOf(err);
  const message = err instanceof Error ? err.message : String(err);
  if (!code) return (err as { cause?: { message?: string } }).cause?.message ?? message;
  return message.includes(code) ? code : `${code} (${message})`;
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Spaces a workspace's requests once it has answered 429. Without it, a request told to wait retries
 * while the other workers keep the limit full, and one of them (the state record's write, say) can
 * lose forty times in a row. Here every request, a retry after its Retry-After or a new one, takes
 * the next slot in turn, at the rate the workspace let through in the last second; the rate creeps
 * back up while no 429 comes.
 */
class Pacer {
  private intervalMs = 0;
  private nextSlot = 0;
  private readonly recent: number[] = [];
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(sleep: (ms: number) => Promise<void>) {
    this.sleep = sleep;
  }

  async slot(): Promise<void> {
    if (this.intervalMs <= 0) return;
    const now = Date.now();
    const at = Math.max(now, this.nextSlot);
    this.nextSlot = at + this.intervalMs;
    if (at > now) await this.sleep(at - now);
  }

  succeeded(): void {
    const now = Date.now();
    this.recent.push(now);
    while ((this.recent[0] ?? now) < now - 1000) this.recent.shift();
    if (this.intervalMs > 0) this.intervalMs = this.intervalMs < 1 ? 0 : this.intervalMs * 0.99;
  }

  /** A 429: from now on, at most the rate that got through in the last second. */
  limited(): void {
    const now = Date.now();
    while ((this.recent[0] ?? now) < now - 1000) this.recent.shift();
    if (this.recent.length > 0) this.intervalMs = Math.max(this.intervalMs, 1000 / this.recent.length);
  }
}
