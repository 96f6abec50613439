// Benchmark: x:QueuedMessage/query + /get (via a result reference) over real HTTP against a
// sandbox holding 100,000 queued messages. Goals: p99 <= 20 ms per request, start-up <= 5 s.
// Run: npx tsx bench/queue-query.ts [--count N] [--requests N]
import { startSandbox } from '../server/sandbox';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const COUNT = arg('count', 100_000);
const REQUESTS = arg('requests', 400);
const WARMUP = 20;
const AUTH = `Basic ${Buffer.from('admin:admin').toString('base64')}`;

const startedAt = performance.now();
const sandbox = await startSandbox({ memory: true, port: 0, queue: COUNT, seed: 1 });
const headers = { Authorization: AUTH, 'Content-Type': 'application/json' };
const session = (await (await fetch(`${sandbox.url}/jmap/session`, { headers })).json()) as { primaryAccounts: Record<string, string> };
const accountId = session.primaryAccounts['urn:stalwart:jmap'] as string;
const startupMs = performance.now() - startedAt;

const hour = 3_600_000;
const filters: Record<string, unknown>[] = [
  { text: 'example.org' },
  { text: 'alice' },
  { text: 'acme-widgets' },
  { queueName: 'bulk' },
  { queueName: 'default', text: 'hooli' },
  { to: 'contoso' },
  { returnPath: 'billing' },
  { dueIsLessThanOrEqual: new Date(Date.now() + hour).toISOString() },
  { dueIsGreaterThanOrEqual: new Date(Date.now() + 2 * hour).toISOString(), dueIsLessThan: new Date(Date.now() + 4 * hour).toISOString() },
  {},
];

async function request(i: number): Promise<{ ms: number; ids: number; total: number }> {
  const body = JSON.stringify({
    using: ['urn:ietf:params:jmap:core', 'urn:stalwart:jmap'],
    methodCalls: [
      [
        'x:QueuedMessage/query',
        { accountId, filter: filters[i % filters.length], sort: [{ property: 'due', isAscending: i % 2 === 0 }], position: 0, limit: 100, calculateTotal: true },
        'q',
      ],
      ['x:QueuedMessage/get', { accountId, '#ids': { resultOf: 'q', name: 'x:QueuedMessage/query', path: '/ids' } }, 'g'],
    ],
  });
  const t0 = performance.now();
  const res = await fetch(`${sandbox.url}/jmap/`, { method: 'POST', headers, body });
  const json = (await res.json()) as { methodResponses: [string, { ids?: string[]; total?: number; list?: unknown[] }, string][] };
  const ms = performance.now() - t0;
  const [query, get] = json.methodResponses;
  if (res.status !== 200 || query?.[0] !== 'x:QueuedMessage/query' || get?.[0] !== 'x:QueuedMessage/get') {
    throw new Error(`Unexpected response: ${JSON.stringify(json).slice(0, 500)}`);
  }
  if (get[1].list?.length !== query[1].ids?.length) throw new Error('get did not return every queried id');
  return { ms, ids: query[1].ids?.length ?? 0, total: query[1].total ?? 0 };
}

for (let i = 0; i < WARMUP; i++) await request(i);
const times: number[] = [];
let returned = 0;
for (let i = 0; i < REQUESTS; i++) {
  const r = await request(i);
  times.push(r.ms);
  returned += r.ids;
}
await sandbox.close();

times.sort((a, b) => a - b);
const pct = (p: number): number => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] as number;
const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;
const p99 = pct(99);
console.log(`queued messages: ${COUNT}, requests: ${REQUESTS} (query + get of up to 100 messages each, ${returned} messages returned)`);
console.log(`start-up until answering: ${fmt(startupMs)} (goal <= 5000 ms)`);
console.log(`p50 ${fmt(pct(50))}  p90 ${fmt(pct(90))}  p99 ${fmt(p99)} (goal <= 20 ms)  max ${fmt(times[times.length - 1] as number)}`);
if (p99 > 20 || startupMs > 5000) process.exitCode = 1;
