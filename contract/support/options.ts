// The contract suite's settings, passed by contract/run.ts through the environment.
export interface ContractOptions {
  /** The server's origin, e.g. http://127.0.0.1:8080 (no trailing slash). */
  server: string;
  authorization: string;
  allowWrites: boolean;
}

export function contractOptions(): ContractOptions {
  const server = process.env.CONTRACT_SERVER;
  const authorization = process.env.CONTRACT_AUTHORIZATION;
  if (!server || !authorization) throw new Error('Run the contract suite with: npm run test:contract -- --server URL (--api-key KEY | --user U --password P) [--allow-writes]');
  return { server: server.replace(/\/+$/, ''), authorization, allowWrites: process.env.CONTRACT_ALLOW_WRITES === '1' };
}
