/**
 * Bundles the entry points into dist/: `dist/index.js` (the GitHub Action) and `dist/cli.js` (the
 * `codeploy` CLI), with every dependency inside, so the runner needs no install. What only some
 * runs need (the SDK's OAuth, loaded by a dynamic import) goes into shared `dist/chunk-*.js` files,
 * so a start-up does not parse it. Minified: the action starts sooner, and errors are reported as
 * messages, never as stack traces. The output is deterministic, so CI can rebuild and compare it.
 */
import { existsSync, rmSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';

const REQUIRE_SHIM =
  "import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);";

const entryPoints: Record<string, string> = { cli: 'src/cli/bin.ts' };
if (existsSync('src/action/index.ts')) entryPoints.index = 'src/action/index.ts';

/**
 * `node:http` imported as ESM builds its ESM facade, which reads every export, and its lazy
 * `WebSocket` getter loads Node's internal undici: 35 ms of start-up for an import
 * (@actions/http-client's) whose WebSocket nobody uses. Through require() there is no facade.
 */
const httpThroughRequire: Plugin = {
  name: 'http-through-require',
  setup(b) {
    b.onResolve({ filter: /^(node:)?http$/ }, (args) =>
      args.kind === 'import-statement' ? { path: 'node:http', namespace: 'require-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'require-builtin' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

/**
 * @actions/core imports @actions/http-client, and with it all of undici (node:http2 and
 * node:assert too), for getIDToken alone: 30 ms of every start-up, for a client only the
 * `github-oidc` auth uses. @actions/core's import of it goes to a stand-in whose `getJson` (the
 * one method getIDToken calls, in @actions/core's lib/oidc-utils.js) imports the real client
 * first: undici then sits in a chunk the action loads only when it asks for an ID token.
 */
const lazyHttpClient: Plugin = {
  name: 'lazy-http-client',
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client$/ }, (args) =>
      /@actions[\\/]core[\\/]/.test(args.importer)
        ? { path: 'http-client', namespace: 'lazy-http-client' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-http-client' }, () => ({
      contents: [
        'export class HttpClient {',
        '  constructor(...args) {',
        '    this.args = args;',
        '  }',
        '  async getJson(...call) {',
        "    const { HttpClient: Client } = await import('@actions/http-client');",
        '    return new Client(...this.args).getJson(...call);',
        '  }',
        '}',
      ].join('\n'),
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints,
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  minify: !process.env.NO_MINIFY,
  platform: 'node',
  format: 'esm',
  // Node 20 still runs the CLI; the action itself runs on the runner's node24.
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); give every ESM file one. The CLI's `#!` line comes
  // from src/cli/bin.ts.
  banner: { js: REQUIRE_SHIM },
  plugins: [httpThroughRequire, lazyHttpClient],
});
