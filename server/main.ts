// Entry point: `node --import tsx server/main.ts [options]` (see `--help`). Command-line flags
// are parsed strictly: unknown flags and bad numbers are errors, never silently ignored.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEMO_ACCOUNTS } from './auth/demo-accounts';
import type { CoreLimits } from './jmap/method-types';
import { PROJECT_ROOT, startSandbox, type SandboxOptions } from './sandbox';

const LIMIT_FLAGS: Record<string, keyof CoreLimits> = {
  '--max-size-request': 'maxSizeRequest',
  '--max-calls-in-request': 'maxCallsInRequest',
  '--max-concurrent-requests': 'maxConcurrentRequests',
  '--max-objects-in-get': 'maxObjectsInGet',
  '--max-objects-in-set': 'maxObjectsInSet',
  '--max-size-upload': 'maxSizeUpload',
  '--max-concurrent-upload': 'maxConcurrentUpload',
};

export const USAGE = `Usage: npm start -- [options]

  --port N                     HTTP port (default 8080; 0 picks a free one)
  --host ADDR                  bind address (default 127.0.0.1)
  --data DIR                   directory of the SQLite file sandbox.db (default ./data)
  --memory                     keep the database in memory (nothing persists)
  --seed N                     seed of the demo data (default 1)
  --queue N                    number of demo queued messages (default 300)
  --dns-zone FILE              zone file for DMARC troubleshooting DNS (repeatable;
                               default server/demo/zones/demo.zone when present)
  --upstream URL               serve the console and proxy the API to a real Stalwart server
  --mx-port N                  port of the demo MX hosts (loopback test mail servers) that live
                               delivery tests connect to (default 0: a free one, printed at start)
  --delivery-timeout SECONDS   live delivery test: time allowed per network step when the request
                               gives no timeout (default 30)
  --max-size-request BYTES     maxSizeRequest (default 10000000)
  --max-calls-in-request N     maxCallsInRequest (default 16)
  --max-concurrent-requests N  maxConcurrentRequests per user (default 4)
  --max-objects-in-get N       maxObjectsInGet (default 500)
  --max-objects-in-set N       maxObjectsInSet (default 500)
  --max-size-upload BYTES      maxSizeUpload, advertised in the session (default 50000000)
  --max-concurrent-upload N    maxConcurrentUpload, advertised in the session (default 4)
  --help                       show this text
`;

export type ParsedCli = { help: true } | { help: false; options: SandboxOptions };

function integer(flag: string, raw: string | undefined, min: number): number {
  if (raw === undefined || !/^-?\d+$/.test(raw)) throw new Error(`${flag} needs an integer value`);
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`${flag} must be at least ${min}`);
  return n;
}

export function parseCli(argv: readonly string[], projectRoot: string): ParsedCli {
  const options: SandboxOptions = {};
  const limits: Partial<CoreLimits> = {};
  const zones: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--help' || flag === '-h') return { help: true };
    else if (flag === '--port') options.port = integer(flag, value(), 0);
    else if (flag === '--host') options.host = value();
    else if (flag === '--data') options.dataDir = resolve(value());
    else if (flag === '--memory') options.memory = true;
    else if (flag === '--seed') options.seed = integer(flag, value(), 0);
    else if (flag === '--queue') options.queue = integer(flag, value(), 0);
    else if (flag === '--dns-zone') zones.push(resolve(value()));
    else if (flag === '--upstream') options.upstream = value();
    else if (flag === '--mx-port') options.mxPort = integer(flag, value(), 0);
    else if (flag === '--delivery-timeout') options.deliveryTimeout = integer(flag, value(), 1);
    else if (flag in LIMIT_FLAGS) limits[LIMIT_FLAGS[flag]] = integer(flag, value(), 1);
    else throw new Error(`Unknown option ${flag}`);
  }
  if (options.port !== undefined && options.port > 65535) throw new Error('--port must be at most 65535');
  if (options.mxPort !== undefined && options.mxPort > 65535) throw new Error('--mx-port must be at most 65535');
  for (const zone of zones) if (!existsSync(zone)) throw new Error(`Zone file not found: ${zone}`);
  const demoZone = join(projectRoot, 'server', 'demo', 'zones', 'demo.zone');
  options.dnsZones = zones.length > 0 ? zones : existsSync(demoZone) ? [demoZone] : [];
  if (Object.keys(limits).length > 0) options.limits = limits;
  return { help: false, options };
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseCli(process.argv.slice(2), PROJECT_ROOT);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.help) {
    process.stdout.write(USAGE);
    return;
  }
  const { options } = parsed;
  const sandbox = await startSandbox({ ...options, log: (message) => process.stderr.write(`${message}\n`) });
  const lines: string[] = [];
  if (options.upstream) {
    lines.push(`Postmaster console: ${sandbox.url}/`, `API proxied to ${options.upstream}`);
  } else {
    lines.push(`Postmaster sandbox: ${sandbox.url}/`);
    lines.push(sandbox.dataFile ? `Data: ${sandbox.dataFile}` : 'Data: in memory (not persisted)');
    if (sandbox.mxPort !== null) lines.push(`Demo mail servers for live delivery tests: 127.0.0.11-15, port ${sandbox.mxPort}`);
    if (sandbox.seeded) {
      lines.push(`Seeded demo data: ${sandbox.seeded.milters} milters, ${sandbox.seeded.spamRules} spam rules, ${sandbox.seeded.queuedMessages} queued messages`);
    }
    lines.push('', 'Demo accounts (user / password / API key for "Authorization: Bearer"):');
    for (const account of DEMO_ACCOUNTS) {
      lines.push(`  ${account.username.padEnd(8)} / ${account.password.padEnd(8)} / ${sandbox.apiKeys[account.username]}`);
    }
    lines.push('', 'API keys are new on every start.');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Only when run as a program: tests import parseCli from this module.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
