import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../server/sandbox';

/**
 * A sandbox of the test's own, on a free port. The shared webServer sandbox prints its demo API
 * keys to its log, where tests cannot read them; startSandbox returns them.
 */
export function startOwnSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox({ port: 0, host: '127.0.0.1', memory: true, seed: 1, log: () => {}, ...options });
}
