// Sign-ins kept for reuse, per server origin and account: the console keeps OAuth tokens in the
// tab's sessionStorage, which Playwright's storageState does not capture, so the entries are read
// after a real sign-in and written back into a new tab before its first document runs.
// The setup project (auth.setup.ts) writes them to e2e/.auth/ for the suite's shared sandboxes;
// a sandbox of a spec's own is signed in once per account and kept in this worker's memory.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** The demo accounts tests sign in as (server/auth/demo-accounts.ts); password = username. */
export const ROLES = ['admin', 'support', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** What one tab kept in sessionStorage after signing in. */
export type SessionEntries = Record<string, string>;

const AUTH_DIR = fileURLToPath(new URL('../.auth/', import.meta.url));
// Keyed by `${origin} ${user}`.
const inMemory = new Map<string, SessionEntries>();

function authFile(origin: string, user: string): string {
  const { hostname, port } = new URL(origin);
  return join(AUTH_DIR, `${hostname}_${port}`, `${user}.json`);
}

/** Keeps a sign-in for this worker, and on disk for every worker when `persist` is set. */
export function rememberSignIn(origin: string, user: string, entries: SessionEntries, persist = false): void {
  inMemory.set(`${origin} ${user}`, entries);
  if (!persist) return;
  const file = authFile(origin, user);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify({ origin, user, entries }, null, 2));
}

/** Every kept sign-in of `user`, by server origin: the setup project's and this worker's. */
export function keptSignIns(user: string): Record<string, SessionEntries> {
  const kept: Record<string, SessionEntries> = {};
  for (const dir of existsSync(AUTH_DIR) ? readdirSync(AUTH_DIR) : []) {
    const file = join(AUTH_DIR, dir, `${user}.json`);
    if (!existsSync(file)) continue;
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { origin: string; entries: SessionEntries };
    kept[saved.origin] = saved.entries;
  }
  for (const [key, entries] of inMemory) {
    const [origin, name] = key.split(' ');
    if (name === user) kept[origin as string] = entries;
  }
  return kept;
}

/** Every sessionStorage entry of the page's current origin. */
export function readSessionEntries(page: Page): Promise<SessionEntries> {
  return page.evaluate(() => {
    const entries: Record<string, string> = {};
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i);
      if (key !== null) entries[key] = sessionStorage.getItem(key) ?? '';
    }
    return entries;
  });
}

/**
 * Writes the kept entries of the document's origin into its sessionStorage before the document
 * runs its own scripts, until disposed: dispose it once the signed-in document has loaded, so a
 * later reload or sign-out finds what the console itself left there.
 */
export function restoreBeforeLoad(page: Page, byOrigin: Record<string, SessionEntries>): Promise<{ dispose(): Promise<void> }> {
  return page.addInitScript((byOrigin) => {
    const entries = byOrigin[window.location.origin];
    if (!entries) return;
    for (const [key, value] of Object.entries(entries)) window.sessionStorage.setItem(key, value);
  }, byOrigin);
}
