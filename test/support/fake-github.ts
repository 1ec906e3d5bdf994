import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { FIXTURES } from './project.ts';

const SPEC_PATH = join(FIXTURES, 'github-openapi', 'api.github.com.issue-comments.subset.json');

interface Operation {
  method: string;
  pattern: RegExp;
  operationId: string;
  params: Array<{ name: string; in: string; schema: object; required?: boolean }>;
  body?: ValidateFunction;
  responses: Record<string, ValidateFunction>;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  login: string;
}

/** The GITHUB_TOKEN of a pull request from a fork: read-only whatever the workflow asks for. */
export const READ_ONLY_TOKEN = 'ghs_fake_read_only_token';

/**
 * A local GitHub API for the issue-comment operations. Every request (path, query, body) and every
 * response it sends is validated against GitHub's own OpenAPI description; a mismatch is recorded
 * in `violations` and answered with 400, so a test sees it. Link headers are absolute, like GitHub's.
 */
export class FakeGitHub {
  readonly comments: StoredComment[] = [];
  readonly violations: string[] = [];
  readonly requests: Array<{ method: string; url: string; operationId: string; body: unknown }> = [];
  /** The login that the action's token belongs to. */
  login = 'github-actions[bot]';
  private server: Server | undefined;
  private nextId = 1000;
  private readonly operations: Operation[];
  url = '';

  constructor() {
    const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8'));
    // OpenAPI 3.0 schemas are JSON Schema plus `nullable` (which Ajv knows) and annotations.
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema(spec, 'openapi');
    const resolveParam = (p: { $ref?: string }) =>
      p.$ref ? spec.components.parameters[p.$ref.split('/').pop() as string] : p;
    this.operations = [];
    for (const [path, ops] of Object.entries(
      spec.paths as Record<
        string,
        Record<
          string,
          {
            operationId: string;
            parameters?: object[];
            requestBody?: { content: Record<string, { schema: object }> };
            responses: Record<string, { content?: Record<string, { schema: object }> }>;
          }
        >
      >,
    )) {
      for (const [method, op] of Object.entries(ops)) {
        if (typeof op !== 'object' || !op.operationId) continue;
        const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
        const compile = (pointer: string) => ajv.compile({ $ref: `openapi#${pointer}` });
        const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
        const base = `/paths/${esc(path)}/${method}`;
        this.operations.push({
          method: method.toUpperCase(),
          pattern,
          operationId: op.operationId,
          params: (op.parameters ?? []).map(resolveParam),
          ...(op.requestBody
            ? { body: compile(`${base}/requestBody/content/application~1json/schema`) }
            : {}),
          responses: Object.fromEntries(
            Object.entries(op.responses)
              .filter(([, r]) => r.content?.['application/json'])
              .map(([status]) => [
                status,
                compile(`${base}/responses/${status}/content/application~1json/schema`),
              ]),
          ),
        });
      }
    }
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err) => {
        res.writeHead(500);
        res.end(String(err));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Seeds comments written by other people (to push ours past the first pages). */
  seed(issue: number, count: number, login = 'octocat'): void {
    for (let i = 0; i < count; i++)
      this.comments.push({ id: this.nextId++, issue, body: `comment ${i}`, login });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (c) => {
        text += c;
      });
      req.on('end', () => resolve(text));
    });
    const body = raw ? JSON.parse(raw) : undefined;
    const op = this.operations.find((o) => o.method === req.method && o.pattern.test(url.pathname));
    if (!op) return this.reject(res, `no operation ${req.method} ${url.pathname} in the OpenAPI subset`);
    this.requests.push({
      method: req.method ?? '',
      url: url.pathname + url.search,
      operationId: op.operationId,
      body,
    });
    const m = op.pattern.exec(url.pathname) ?? [];
    for (const p of op.params.filter((x) => x.in === 'query')) {
      const value = url.searchParams.get(p.name);
      if (value === null) continue;
      const schema = p.schema as { type?: string; maximum?: number; minimum?: number };
      if (
        schema.type === 'integer' &&
        (!/^\d+$/.test(value) || (schema.maximum !== undefined && Number(value) > schema.maximum))
      ) {
        return this.reject(
          res,
          `${op.operationId}: query ${p.name}=${value} breaks ${JSON.stringify(schema)}`,
        );
      }
    }
    if (op.body && !op.body(body))
      return this.reject(res, `${op.operationId}: body ${JSON.stringify(op.body.errors)}`);
    const token = (req.headers.authorization ?? '').replace(/^(token|Bearer) /, '');
    // A fork's pull_request run gets a read-only GITHUB_TOKEN: it may read, and a write is refused
    // with 403 "Resource not accessible by integration" (docs.github.com: GITHUB_TOKEN permissions).
    if (token === READ_ONLY_TOKEN && req.method !== 'GET') {
      return this.send(res, op, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      });
    }
    if (token !== 'ghs_fake_workflow_token' && token !== READ_ONLY_TOKEN) {
      return this.send(res, op, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com',
      });
    }
    const [owner, repo] = [m[1], m[2]];
    switch (op.operationId) {
      case 'issues/list-comments': {
        const issue = Number(m[3]);
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const all = this.comments.filter((c) => c.issue === issue);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const link = (p: number) => `<${this.url}${url.pathname}?per_page=${perPage}&page=${p}>`;
        const links = [
          ...(page < last ? [`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`] : []),
          ...(page > 1 ? [`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`] : []),
        ];
        return this.send(
          res,
          op,
          200,
          slice.map((c) => this.view(owner, repo, c)),
          links.length ? { link: links.join(', ') } : {},
        );
      }
      case 'issues/create-comment': {
        const c = { id: this.nextId++, issue: Number(m[3]), body: body.body, login: this.login };
        this.comments.push(c);
        return this.send(res, op, 201, this.view(owner, repo, c));
      }
      case 'issues/update-comment': {
        const c = this.comments.find((x) => x.id === Number(m[3]));
        if (!c)
          return this.send(res, op, 404, {
            message: 'Not Found',
            documentation_url: 'https://docs.github.com',
          });
        c.body = body.body;
        return this.send(res, op, 200, this.view(owner, repo, c));
      }
      default:
        return this.reject(res, `${op.operationId} is not faked`);
    }
  }

  private view(owner: string | undefined, repo: string | undefined, c: StoredComment) {
    const api = `${this.url}/repos/${owner}/${repo}`;
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${api}/issues/comments/${c.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${api}/issues/${c.issue}`,
      body: c.body,
      user: {
        login: c.login,
        id: 41898282,
        node_id: 'MDM6Qm90NDE4OTgyODI=',
        avatar_url: 'https://avatars.githubusercontent.com/in/15368',
        gravatar_id: '',
        url: 'https://api.github.com/users/x',
        html_url: 'https://github.com/x',
        followers_url: 'https://api.github.com/x',
        following_url: 'https://api.github.com/x',
        gists_url: 'https://api.github.com/x',
        starred_url: 'https://api.github.com/x',
        subscriptions_url: 'https://api.github.com/x',
        organizations_url: 'https://api.github.com/x',
        repos_url: 'https://api.github.com/x',
        events_url: 'https://api.github.com/x',
        received_events_url: 'https://api.github.com/x',
        type: 'Bot',
        site_admin: false,
      },
      created_at: '2026-11-22T00:00:00Z',
      updated_at: '2026-11-22T00:00:00Z',
      author_association: 'NONE',
    };
  }

  private send(
    res: ServerResponse,
    op: Operation,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    const validate = op.responses[String(status)];
    if (validate && !validate(body))
      this.violations.push(`${op.operationId} response ${status}: ${JSON.stringify(validate.errors)}`);
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  private reject(res: ServerResponse, why: string): void {
    this.violations.push(why);
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: why }));
  }
}
