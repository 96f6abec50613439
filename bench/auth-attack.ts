// Benchmark: a signed-in client reading spam rules while 100 concurrent clients send wrong
// passwords (ban off, failure delay off: all clients share 127.0.0.1). Reports the signed-in
// client's p50/p99 with and without the attack (goal: p99 under 3x the quiet p99), and the
// medians of an unknown-user and a wrong-password sign-in (goal: within 2x of each other).
// The sandbox runs in its own process, as it would for real.
// Run: npm run bench:auth [-- --requests N --attackers N --samples N]
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../server/sandbox';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const REQUESTS = arg('requests', 300);
const ATTACKERS = arg('attackers', 100);
const SAMPLES = arg('samples', 40);
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'server', 'main.ts'), '--port', '0', '--memory', '--queue', '0', '--auth-ban-rate', '0', '--no-auth-delay'], {
  cwd: PROJECT_ROOT,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const match = /Postmaster sandbox: (http:\/\/\S+?)\/?\s/.exec(out);
    if (match) resolve(match[1]);
  });
  child.once('exit', (code) => reject(new Error(`The sandbox exited (${code})`)));
});

const readRules = JSON.stringify({ using: ['urn:ietf:params:jmap:core', 'urn:stalwart:jmap'], methodCalls: [['x:SpamRule/get', { accountId: 'b', ids: null }, 'r']] });
const ADMIN = basic('admin', 'admin');

async function timedRead(): Promise<number> {
  const start = performance.now();
  const res = await fetch(`${url}/jmap/`, { method: 'POST', headers: { authorization: ADMIN, 'content-type': 'application/json' }, body: readRules });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`rule read answered ${res.status}`);
  return performance.now() - start;
}

async function timedSignIn(header: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(`${url}/jmap/session`, { headers: { authorization: header } });
  await res.arrayBuffer();
  if (res.status !== 401) throw new Error(`a wrong sign-in answered ${res.status}`);
  return performance.now() - start;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function reads(count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(await timedRead());
  return out;
}

try {
  // Warm up: the first read signs in (one hash) and fills the credential cache.
  await reads(20);
  const quiet = await reads(REQUESTS);

  let attacking = true;
  let failures = 0;
  let busy = 0;
  const attackers = Array.from({ length: ATTACKERS }, async (_, n) => {
    for (let i = 0; attacking; i++) {
      const res = await fetch(`${url}/jmap/session`, { headers: { authorization: basic('admin', `guess-${n}-${i}`) } });
      await res.arrayBuffer();
      if (res.status === 401) failures++;
      else if (res.status === 429) busy++;
    }
  });
  const attackStart = performance.now();
  const underAttack = await reads(REQUESTS);
  const attackSeconds = (performance.now() - attackStart) / 1000;
  attacking = false;
  await Promise.all(attackers);

  // Unknown user and wrong password, interleaved so that load drifts hit both alike.
  const unknown: number[] = [];
  const wrong: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    unknown.push(await timedSignIn(basic(`nobody-${i}`, 'secret')));
    wrong.push(await timedSignIn(basic('admin', `wrong-${i}`)));
  }

  const quietP99 = quantile(quiet, 0.99);
  const attackP99 = quantile(underAttack, 0.99);
  const unknownMedian = quantile(unknown, 0.5);
  const wrongMedian = quantile(wrong, 0.5);
  const ratio = Math.max(unknownMedian, wrongMedian) / Math.min(unknownMedian, wrongMedian);
  console.log(`Signed-in client reading ${REQUESTS} times x:SpamRule/get (all rules):`);
  console.log(`  without attack: p50 ${fmt(quantile(quiet, 0.5))}, p99 ${fmt(quietP99)}`);
  console.log(`  with ${ATTACKERS} wrong-password clients: p50 ${fmt(quantile(underAttack, 0.5))}, p99 ${fmt(attackP99)}` + ` (attack: ${failures} failed sign-ins, ${busy} refused as busy, ${(failures / attackSeconds).toFixed(0)}/s)`);
  console.log(`  p99 ratio ${(attackP99 / quietP99).toFixed(2)}x (goal < 3x): ${attackP99 < 3 * quietP99 ? 'met' : 'NOT met'}`);
  console.log(`Sign-in failure medians over ${SAMPLES} each: unknown user ${fmt(unknownMedian)}, wrong password ${fmt(wrongMedian)}`);
  console.log(`  ratio ${ratio.toFixed(2)}x (goal within 2x): ${ratio <= 2 ? 'met' : 'NOT met'}`);
} finally {
  child.kill('SIGTERM');
}
