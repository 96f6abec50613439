// npm run test:contract -- --server URL (--api-key KEY | --user U --password P) [--allow-writes]
// Runs the API contract the console relies on against a server; exits non-zero on a failure.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const USAGE = 'Usage: npm run test:contract -- --server URL (--api-key KEY | --user USER --password PASSWORD) [--allow-writes]';

export interface ContractArgs {
  server: string;
  authorization: string;
  allowWrites: boolean;
}

export function parseContractArgs(argv: readonly string[]): ContractArgs {
  const values: Record<string, string> = {};
  let allowWrites = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--allow-writes') allowWrites = true;
    else if (flag === '--server' || flag === '--api-key' || flag === '--user' || flag === '--password') {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      values[flag] = value;
    } else throw new Error(`Unknown option ${flag}`);
  }
  const server = values['--server'];
  if (!server || !URL.canParse(server)) throw new Error('--server must be the server\'s URL, e.g. https://mail.example.com');
  let authorization: string;
  if (values['--api-key'] !== undefined) authorization = `Bearer ${values['--api-key']}`;
  else if (values['--user'] !== undefined && values['--password'] !== undefined) {
    authorization = `Basic ${Buffer.from(`${values['--user']}:${values['--password']}`).toString('base64')}`;
  } else throw new Error('Give --api-key, or --user and --password');
  return { server: new URL(server).origin, authorization, allowWrites };
}

function main(): number {
  let args: ContractArgs;
  try {
    args = parseContractArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
  const run = spawnSync(process.execPath, [vitest, 'run', '--config', join(here, 'vitest.config.ts')], {
    stdio: 'inherit',
    env: { ...process.env, CONTRACT_SERVER: args.server, CONTRACT_AUTHORIZATION: args.authorization, CONTRACT_ALLOW_WRITES: args.allowWrites ? '1' : '0' },
  });
  return run.status ?? 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(main());
