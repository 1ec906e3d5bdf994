#!/usr/bin/env node
import { runCli } from './main.ts';

// The `codeploy` executable: a thin shell over runCli, which never throws.
const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
