import { run } from './run.ts';

// The action's entry point (dist/index.js): everything happens in run(), which never throws.
await run();
