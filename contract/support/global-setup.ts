// Before any contract: the server answers, the credentials work, and it is not in bootstrap
// mode (a fresh Stalwart lets only x:Bootstrap be read or written until that is completed).
import { contractOptions } from './options';

export default async function checkServer(): Promise<void> {
  const { server, authorization, allowWrites } = contractOptions();
  let res: Response;
  try {
    res = await fetch(`${server}/api/account`, { headers: { authorization } });
  } catch (err) {
    throw new Error(`Cannot reach ${server}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (res.status === 401) throw new Error(`${server} refused the credentials (HTTP 401).`);
  if (res.status !== 200) throw new Error(`GET ${server}/api/account answered HTTP ${res.status}; is this a Stalwart 0.16 server?`);
  const { permissions } = (await res.json()) as { permissions?: string[] };
  const bootstrap = Array.isArray(permissions) && permissions.length > 0 && permissions.every((p) => p.startsWith('sysBootstrap'));
  if (bootstrap) {
    throw new Error(`${server} is in bootstrap mode: only x:Bootstrap can be used until the bootstrap is completed (x:Bootstrap/set). Complete it, restart the server, then run the contract suite again.`);
  }
  console.log(`Contract suite against ${server}${allowWrites ? ' (writes allowed: objects are created under a unique prefix and removed afterwards)' : ' (read-only: write contracts are skipped; pass --allow-writes to run them)'}`);
}
