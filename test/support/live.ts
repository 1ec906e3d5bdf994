import { afterEach } from 'vitest';
import type { Emulator } from '../../src/emulator/server.ts';
import type { EmulatorOptions } from '../../src/emulator/types.ts';
import { startEmulator } from './connect.ts';

export { connectProject, FAST_RETRY, startEmulator } from './connect.ts';

/**
 * A fresh emulator per test, stopped after it: `const setUp = emulatorPerTest()` at the top of a
 * file, then `const { emulator, hosts, env } = await setUp({ …options })` in each test.
 */
export function emulatorPerTest() {
  let current: Emulator | undefined;
  afterEach(async () => {
    await current?.stop();
    current = undefined;
  });
  return async (options: Partial<EmulatorOptions> = {}) => {
    const started = await startEmulator(options);
    current = started.emulator;
    return started;
  };
}
