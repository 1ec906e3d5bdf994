/**
 * Bundles the entry points into dist/: `dist/index.js` (the GitHub Action) and `dist/cli.js` (the
 * `codeploy` CLI). One ESM file each with every dependency inside, so the runner needs no install.
 * The output is deterministic, so CI can rebuild and compare it with the committed dist/.
 */
import { existsSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const REQUIRE_SHIM =
  "import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);";

const entries: Array<{ name: string; entry: string; shebang: boolean }> = [
  { name: 'cli', entry: 'src/cli/bin.ts', shebang: true },
];
if (existsSync('src/action/index.ts'))
  entries.push({ name: 'index', entry: 'src/action/index.ts', shebang: false });

rmSync('dist', { recursive: true, force: true });
for (const { name, entry, shebang } of entries) {
  await build({
    entryPoints: { [name]: entry },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Node 20 still runs the CLI; the action itself runs on the runner's node24.
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    // Some CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: `${shebang ? '#!/usr/bin/env node\n' : ''}${REQUIRE_SHIM}` },
  });
}
