// Fuzzes the sandbox's API with a few thousand malformed requests across every method, then
// checks: no 5xx, no serverFail, no hang, nothing logged as a failure, Object.prototype intact,
// anonymous requests still refused, and the data changed only where a write was acknowledged.
// FUZZ_SEED and FUZZ_RUNS override the seed and the count.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ACCOUNT, basic, startTestSandbox, type TestSandbox } from '../http/test-harness';
import { fuzzRequests, type FuzzContext, type FuzzRequest } from './fuzz-requests';

const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const PARALLEL = Number(process.env.FUZZ_PARALLEL ?? 8);
const HANG_MS = 15_000;
const STORED_TYPES = ['x:MtaMilter', 'x:SpamRule', 'x:SpamSettings', 'x:QueuedMessage'];

let sb: TestSandbox;
const logged: string[] = [];
beforeAll(async () => {
  sb = await startTestSandbox({
    queue: 12,
    authBanRate: null,
    authFailureDelay: false,
    limits: { maxConcurrentRequests: 64 },
    log: (message) => logged.push(message),
  });
});
afterAll(() => sb.close());

/** Every stored object by "type id", plus the queue's paused state. */
async function dump(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const calls = STORED_TYPES.map((type, i) => [`${type}/get`, { accountId: ACCOUNT.admin, ids: null }, `g${i}`]);
  const responses = await sb.call(calls as never);
  responses.forEach(([, args], i) => {
    for (const object of args.list) out.set(`${STORED_TYPES[i]} ${object.id}`, JSON.stringify(object));
  });
  const queue = await fetch(`${sb.url}/api/sandbox/queue`, { headers: { authorization: basic('admin') } });
  out.set('queue-state', await queue.text());
  return out;
}

/** The objects a response says were written (created, updated, destroyed; an action may change the queue state). */
function acknowledgedWrites(body: unknown, into: Set<string>): void {
  const responses = (body as { methodResponses?: unknown })?.methodResponses;
  if (!Array.isArray(responses)) return;
  for (const [name, args] of responses as [string, Record<string, any>][]) {
    if (typeof name !== 'string' || !name.endsWith('/set')) continue;
    const type = name.slice(0, -'/set'.length);
    for (const created of Object.values(args.created ?? {})) into.add(`${type} ${(created as { id: string }).id}`);
    for (const id of Object.keys(args.updated ?? {})) into.add(`${type} ${id}`);
    for (const id of args.destroyed ?? []) into.add(`${type} ${id}`);
    if (type === 'x:Action' && Object.keys(args.created ?? {}).length > 0) into.add('queue-state');
  }
}

interface Outcome {
  request: FuzzRequest;
  status: number | 'hang' | 'network';
  body: string;
  ms: number;
}

async function send(request: FuzzRequest): Promise<Outcome> {
  const start = performance.now();
  try {
    const res = await fetch(`${sb.url}${request.path}`, { method: request.method, headers: request.headers, body: request.body, redirect: 'manual', signal: AbortSignal.timeout(HANG_MS) });
    return { request, status: res.status, body: await res.text(), ms: performance.now() - start };
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause?.message ?? '';
    return { request, status: (err as Error).name === 'TimeoutError' ? 'hang' : 'network', body: `${String(err)} ${cause}`, ms: performance.now() - start };
  }
}

it(`survives ${RUNS} malformed requests across every method (seed ${SEED})`, { timeout: 240_000 }, async () => {
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
  const ids: Record<string, string[]> = {};
  for (const [key] of await dump()) {
    const [type, id] = key.split(' ');
    if (id) (ids[type] ??= []).push(id);
  }
  const [message] = (await sb.one('x:QueuedMessage/get', { ids: [ids['x:QueuedMessage'][0]], properties: ['blobId'] })).list;
  const ctx: FuzzContext = { auth: { admin: basic('admin'), support: basic('support'), viewer: basic('viewer') }, ids, blobId: message.blobId };
  const requests = fc.sample(fuzzRequests(ctx), { numRuns: RUNS, seed: SEED });
  // Sampling blocks the event loop for a while: a keep-alive socket the server closed meanwhile
  // fails the next request with a reset, and the client drops it; that one read is repeated on a
  // fresh connection before the fuzzing starts.
  const before = await dump().catch(() => dump());

  const started = Date.now();
  const cpu = process.cpuUsage();
  const outcomes: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < requests.length) {
        const index = next++;
        const outcome = await send(requests[index]);
        outcomes.push(outcome);
      }
    }),
  );
  const elapsed = Date.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = Math.round((used.user + used.system) / 1000);

  const acknowledged = new Set<string>();
  const statuses = new Map<string, number>();
  const failures: Outcome[] = [];
  for (const outcome of outcomes) {
    statuses.set(String(outcome.status), (statuses.get(String(outcome.status)) ?? 0) + 1);
    if (typeof outcome.status !== 'number' || outcome.status >= 500 || outcome.body.includes('"serverFail"')) failures.push(outcome);
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(outcome.body);
    } catch {
      // not JSON: nothing acknowledged
    }
    if (outcome.status === 200) acknowledgedWrites(parsed, acknowledged);
  }
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 5);
  if (process.env.FUZZ_PROFILE) for (const o of slowest) console.log(Math.round(o.ms), o.request.method, o.request.path, (o.request.body ?? '').slice(0, 200));
  console.log(`fuzz: ${outcomes.length} requests in ${elapsed} ms, ${cpuMs} ms CPU for client and server (seed ${SEED}); statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; ${acknowledged.size} acknowledged writes`);

  expect(failures.slice(0, 3).map((f) => ({ status: f.status, request: f.request, body: f.body.slice(0, 300) }))).toEqual([]);
  expect(logged).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect((await fetch(`${sb.url}/api/account`)).status).toBe(401);
  expect((await fetch(`${sb.url}/jmap/session`, { headers: { authorization: basic('admin') } })).status).toBe(200);

  const after = await dump();
  const unacknowledged = [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key) !== after.get(key) && !acknowledged.has(key));
  expect(unacknowledged).toEqual([]);
});
