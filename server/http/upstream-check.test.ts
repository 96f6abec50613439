// --upstream: an unreachable server is reported at start-up; a reachable one is not.
import { createServer } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../sandbox';
import { startTestSandbox } from './test-harness';

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function distDir(): string {
  const dist = mkdtempSync(join(tmpdir(), 'postmaster-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>front</title>');
  return dist;
}

describe('--upstream start-up check', () => {
  it('warns when the upstream server cannot be reached, and still starts', async () => {
    const port = await closedPort();
    const logs: string[] = [];
    const front = await startSandbox({ port: 0, upstream: `http://127.0.0.1:${port}/`, distDir: distDir(), log: (m) => logs.push(m) });
    try {
      expect(logs).toEqual([expect.stringContaining(`Warning: the upstream server http://127.0.0.1:${port} could not be reached (ECONNREFUSED`)]);
      expect((await fetch(`${front.url}/`)).status).toBe(200);
    } finally {
      await front.close();
    }
  });

  it('says nothing when the upstream server answers', async () => {
    const upstream = await startTestSandbox({ demo: false, mailServers: false });
    const logs: string[] = [];
    const front = await startSandbox({ port: 0, upstream: upstream.url, distDir: distDir(), log: (m) => logs.push(m) });
    try {
      expect(logs).toEqual([]);
    } finally {
      await front.close();
      await upstream.close();
    }
  });
});
