import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../store/database';
import { Authenticator } from './authenticate';
import { generateApiKey, verifySecret } from './credentials';
import { installDemoAccounts } from './demo-accounts';
import { HashQueue, QUEUE_FULL } from './hash-queue';
import { SignInGuard } from './sign-in-guard';

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('SignInGuard', () => {
  it('bans an IP past the rate of failures from it, until the ban period ends', async () => {
    const c = clock();
    const guard = new SignInGuard({ banRate: { count: 3, periodMs: 60_000 }, banPeriodMs: 10_000, failureDelay: false, now: c.now });
    for (let i = 0; i < 3; i++) expect(await guard.recordFailure('192.0.2.1', `user${i}`)).toEqual({ banned: false });
    expect(guard.isBanned('192.0.2.1')).toBe(false);
    expect(await guard.recordFailure('192.0.2.1', 'user9')).toEqual({ banned: true });
    expect(guard.isBanned('192.0.2.1')).toBe(true);
    expect(guard.isBanned('192.0.2.2')).toBe(false);
    c.advance(9_999);
    expect(guard.isBanned('192.0.2.1')).toBe(true);
    c.advance(1);
    expect(guard.isBanned('192.0.2.1')).toBe(false);
  });

  it('counts failures per login too: many IPs guessing one login get the last one banned', async () => {
    const guard = new SignInGuard({ banRate: { count: 3, periodMs: 60_000 }, failureDelay: false, now: clock().now });
    for (let i = 0; i < 3; i++) expect((await guard.recordFailure(`198.51.100.${i}`, 'admin')).banned).toBe(false);
    expect((await guard.recordFailure('198.51.100.9', 'admin')).banned).toBe(true);
    expect(guard.isBanned('198.51.100.9')).toBe(true);
    expect(guard.isBanned('198.51.100.0')).toBe(false);
    // A token failure names no login: only the IP counts.
    expect((await guard.recordFailure('203.0.113.1', null)).banned).toBe(false);
  });

  it('counts in fixed windows of the period and bans until stop by default', async () => {
    const c = clock(0);
    const guard = new SignInGuard({ banRate: { count: 2, periodMs: 60_000 }, failureDelay: false, now: c.now });
    await guard.recordFailure('192.0.2.1', 'a');
    await guard.recordFailure('192.0.2.1', 'b');
    c.advance(60_000); // a new window: the count starts again
    expect((await guard.recordFailure('192.0.2.1', 'c')).banned).toBe(false);
    expect((await guard.recordFailure('192.0.2.1', 'd')).banned).toBe(false);
    expect((await guard.recordFailure('192.0.2.1', 'e')).banned).toBe(true);
    c.advance(365 * 86_400_000);
    expect(guard.isBanned('192.0.2.1')).toBe(true);
  });

  it('never bans with the rate off', async () => {
    const guard = new SignInGuard({ banRate: null, failureDelay: false });
    for (let i = 0; i < 500; i++) expect((await guard.recordFailure('192.0.2.1', 'admin')).banned).toBe(false);
    expect(guard.isBanned('192.0.2.1')).toBe(false);
  });

  it('pauses 50 to 500 ms on each failure unless the delay is off', async () => {
    const sleep = vi.fn(async (_ms: number) => undefined);
    const randoms = [0, 0.5, 0.999999];
    const guard = new SignInGuard({ banRate: null, sleep, random: () => randoms.shift()! });
    for (let i = 0; i < 3; i++) await guard.recordFailure('192.0.2.1', 'x');
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([50, 275, 499]);
    const quiet = vi.fn(async (_ms: number) => undefined);
    await new SignInGuard({ failureDelay: false, sleep: quiet }).recordFailure('192.0.2.1', 'x');
    expect(quiet).not.toHaveBeenCalled();
  });
});

describe('HashQueue', () => {
  it('runs at most maxRunning tasks, queues maxWaiting more and refuses the rest', async () => {
    const queue = new HashQueue(2, 1);
    const releases: (() => void)[] = [];
    let started = 0;
    const task = () =>
      new Promise<string>((resolve) => {
        started += 1;
        releases.push(() => resolve('done'));
      });
    const runs = [queue.run(task), queue.run(task), queue.run(task)];
    expect(await queue.run(task)).toBe(QUEUE_FULL);
    await Promise.resolve();
    expect(started).toBe(2);
    releases.shift()!();
    await vi.waitFor(() => expect(started).toBe(3));
    releases.splice(0).forEach((release) => release());
    expect(await Promise.all(runs)).toEqual(['done', 'done', 'done']);
  });
});

describe('Authenticator', () => {
  async function setup() {
    const db = openDatabase({ dataDir: '', memory: true });
    return { db, keys: (await installDemoAccounts(db)).apiKeys };
  }

  it('hashes against a dummy secret for an unknown user or API key, as for a wrong password', async () => {
    const { db } = await setup();
    const verify = vi.fn(verifySecret);
    const auth = new Authenticator(db, { verify });
    expect(await auth.signIn(basic('nobody', 'secret'))).toEqual({ kind: 'failed', login: 'nobody' });
    expect(verify).toHaveBeenCalledTimes(1);
    const [secret, stored] = verify.mock.calls[0];
    expect(secret).toBe('secret');
    expect(stored.hash).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(await auth.signIn(basic('Admin ', 'wrong'))).toEqual({ kind: 'failed', login: 'admin' });
    // A well-formed key whose account and credential ids name no stored key.
    const unknownKey = generateApiKey(4000, 7).token;
    expect(await auth.signIn(`Bearer ${unknownKey}`)).toEqual({ kind: 'failed', login: null });
    expect(verify).toHaveBeenCalledTimes(3);
    expect(verify.mock.calls[2][1]).toEqual(stored);
    expect(await auth.signIn('Basic bm9jb2xvbg==')).toEqual({ kind: 'malformed' });
  });

  it('remembers a verified header by its digest only, and hashes once', async () => {
    const { db, keys } = await setup();
    const verify = vi.fn(verifySecret);
    const auth = new Authenticator(db, { verify });
    for (const header of [basic('admin', 'admin'), basic('admin', 'admin'), `Bearer ${keys.viewer}`, `Bearer ${keys.viewer}`]) {
      expect((await auth.signIn(header)).kind).toBe('user');
    }
    expect(verify).toHaveBeenCalledTimes(2);
    const cacheKeys = [...(auth as unknown as { cache: Map<string, unknown> }).cache.keys()].join('\n');
    for (const secret of ['admin', keys.viewer, Buffer.from('admin:admin').toString('base64')]) expect(cacheKeys).not.toContain(secret);
  });

  it('answers busy when the hash queue is full', async () => {
    const { db } = await setup();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const verify = vi.fn(async () => {
      await gate;
      return false;
    });
    const auth = new Authenticator(db, { verify, hashQueue: new HashQueue(1, 1) });
    const first = auth.signIn(basic('admin', 'a'));
    const second = auth.signIn(basic('admin', 'b'));
    await vi.waitFor(() => expect(verify).toHaveBeenCalledTimes(1));
    expect(await auth.signIn(basic('admin', 'c'))).toEqual({ kind: 'busy' });
    release();
    expect((await first).kind).toBe('failed');
    expect((await second).kind).toBe('failed');
  });
});
