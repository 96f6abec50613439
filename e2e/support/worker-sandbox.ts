// A sandbox of the worker's own for one spec file, with the demo DNS zone, started before its
// tests and closed after them: what a suite changes there never disturbs the other suites.
import { join } from 'node:path';
import { test } from '@playwright/test';
import { PROJECT_ROOT, startSandbox, type RunningSandbox } from '../../server/sandbox';

export interface WorkerSandbox {
  readonly url: string;
  /** An absolute URL on the sandbox. */
  at(path: string): string;
}

/** Call at the top level of a spec file: it registers the beforeAll and afterAll hooks. */
export function workerSandbox(): WorkerSandbox {
  let sandbox: RunningSandbox | undefined;
  test.beforeAll(async () => {
    sandbox = await startSandbox({
      port: 0,
      host: '127.0.0.1',
      memory: true,
      seed: 1,
      dnsZones: [join(PROJECT_ROOT, 'server', 'demo', 'zones', 'demo.zone')],
      log: () => {},
    });
  });
  test.afterAll(async () => {
    await sandbox?.close();
  });
  const url = () => {
    if (!sandbox) throw new Error('The worker sandbox is used before beforeAll has started it');
    return sandbox.url;
  };
  return {
    get url() {
      return url();
    },
    at: (path) => new URL(path, url()).toString(),
  };
}
