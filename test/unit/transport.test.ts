import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AmbiguousWriteError,
  DatabricksError,
  UnreachableError,
} from '../../src/adapters/databricks/errors.ts';
import { retryAfterMs, Transport } from '../../src/adapters/databricks/transport.ts';
import type { Emulator } from '../../src/emulator/server.ts';
import { startEmulator } from '../support/live.ts';

let emulator: Emulator;
let host: string;
const auth = async () => ({ authorization: 'Bearer dapi-emulator-primary' });

beforeAll(async () => {
  const started = await startEmulator();
  emulator = started.emulator;
  host = started.hosts.primary ?? '';
});
afterAll(() => emulator.stop());

function transport() {
  const waits: number[] = [];
  const t = new Transport(
    host,
    auth,
    { attempts: 4, baseDelayMs: 100, maxDelayMs: 30_000, timeoutMs: 5000, rateLimitAttempts: 10 },
    async (ms) => {
      waits.push(ms);
    },
  );
  return { t, waits };
}

describe('the transport', () => {
  it('waits what Retry-After says on a 429, for creates too (the server did not act)', async () => {
    emulator.faults = [
      { method: 'POST', path: '/jobs/create', times: 2, kind: 'status', status: 429, retryAfterSeconds: 7 },
    ];
    const { t, waits } = transport();
    const r = await t.request<{ job_id: number }>('POST', '/api/2.2/jobs/create', {
      body: { name: 'x', tasks: [] },
      idempotent: false,
    });
    expect(r.job_id).toBeGreaterThan(0);
    expect(waits).toEqual([7000, 7000]);
  });

  it('retries 5xx and dropped connections on idempotent calls, with growing backoff', async () => {
    emulator.faults = [
      { method: 'GET', path: '/jobs/list', times: 2, kind: 'status', status: 503 },
      { method: 'GET', path: '/jobs/list', times: 1, kind: 'drop' },
    ];
    const { t, waits } = transport();
    await t.request('GET', '/api/2.2/jobs/list', { idempotent: true });
    expect(waits).toHaveLength(3);
    expect(waits[2] ?? 0).toBeGreaterThan(waits[0] ?? 0);
  });

  it('never retries a create that failed after the server may have acted', async () => {
    const before = emulator.workspace('primary').jobs.size;
    emulator.faults = [
      { method: 'POST', path: '/jobs/create', times: 1, kind: 'status', status: 500, after: true },
    ];
    const { t, waits } = transport();
    await expect(
      t.request('POST', '/api/2.2/jobs/create', { body: { name: 'y', tasks: [] }, idempotent: false }),
    ).rejects.toBeInstanceOf(AmbiguousWriteError);
    expect(waits).toEqual([]);
    // The server did act: exactly one job more, which is why the caller must look before retrying.
    expect(emulator.workspace('primary').jobs.size).toBe(before + 1);

    emulator.faults = [{ method: 'POST', path: '/jobs/create', times: 1, kind: 'drop', after: true }];
    await expect(
      t.request('POST', '/api/2.2/jobs/create', { body: { name: 'z', tasks: [] }, idempotent: false }),
    ).rejects.toBeInstanceOf(AmbiguousWriteError);
  });

  it('treats 400 "does not exist" from jobs/get and clusters/get as not found', async () => {
    const { t } = transport();
    const err = await t
      .request('GET', '/api/2.2/jobs/get', { query: { job_id: 1 }, idempotent: true })
      .catch((e) => e);
    expect(err).toBeInstanceOf(DatabricksError);
    expect(err).toMatchObject({ status: 400, errorCode: 'INVALID_PARAMETER_VALUE', isNotFound: true });
    const cluster = await t
      .request('GET', '/api/2.1/clusters/get', { query: { cluster_id: 'nope' }, idempotent: true })
      .catch((e) => e);
    expect(cluster.isNotFound).toBe(true);
  });

  it('does not retry client errors', async () => {
    const { t, waits } = transport();
    await expect(
      t.request('POST', '/api/2.0/instance-pools/edit', {
        body: { instance_pool_id: 'x' },
        idempotent: true,
      }),
    ).rejects.toMatchObject({ isNotFound: true });
    expect(waits).toEqual([]);
  });

  it('gives up on a workspace that takes the request and never answers, after the timeout', async () => {
    // A server that reads the request and says nothing: the timeout, not the caller, must end it.
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    const waits: number[] = [];
    const t = new Transport(
      `http://127.0.0.1:${port}`,
      auth,
      { attempts: 2, baseDelayMs: 1, maxDelayMs: 1, timeoutMs: 200, rateLimitAttempts: 1 },
      async (ms) => {
        waits.push(ms);
      },
    );
    const started = Date.now();
    const read = await t.request('GET', '/api/2.2/jobs/list', { idempotent: true }).catch((e) => e);
    expect(read).toBeInstanceOf(UnreachableError);
    expect(String(read.message)).toContain('ETIMEDOUT (no answer within 200 ms)');
    expect(waits).toHaveLength(1); // a read is tried again once
    // A create is not: the server may have acted on it.
    const create = await t
      .request('POST', '/api/2.2/jobs/create', { body: { name: 'x' }, idempotent: false })
      .catch((e) => e);
    expect(create).toBeInstanceOf(AmbiguousWriteError);
    expect(Date.now() - started).toBeLessThan(5000);
    silent.closeAllConnections();
    silent.close();
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(null)).toBeUndefined();
    const date = new Date(Date.now() + 5000).toUTCString();
    expect(retryAfterMs(date)).toBeGreaterThan(3000);
  });
});
