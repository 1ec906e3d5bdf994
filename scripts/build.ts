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
  plugins: [httpThroughRequire],
});
