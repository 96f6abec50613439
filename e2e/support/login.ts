import { expect, test, type Page } from '@playwright/test';
import { keptSignIns, readSessionEntries, rememberSignIn, restoreBeforeLoad } from './stored-sign-in';

/**
 * Opens the sign-in screen on a fresh page; otherwise waits for it (a page that was sent there by a
 * redirect may still show its old URL for a moment, so the URL is no guide).
 */
async function onLoginScreen(page: Page): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in to Postmaster' })).toBeVisible();
}

/**
 * Fills in the server's own sign-in page (where "Sign in with Stalwart" leads), with a two-factor
 * code when one is given, and waits for the console to open.
 */
export function signInOnServerPage(page: Page, user: string, password: string, code?: () => string): Promise<void> {
  // A step of its own (also in the report): `Sign in …` steps count the suite's sign-ins.
  return test.step(`Sign in on the server page as ${user}`, async () => {
    await expect(page.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
    await page.getByLabel('Username').fill(user);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    if (code) {
      await expect(page.getByRole('heading', { name: 'Two-factor authentication' })).toBeVisible();
      await page.getByLabel('Authentication code').fill(code());
      await page.getByRole('button', { name: 'Sign in' }).click();
    }
    // Several round trips and a password hash: slower than one page load on a busy machine.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 15_000 });
  }, { box: true });
}

/**
 * Signs in with Stalwart (OAuth, through the server's /login page), as a person does: for the tests
 * whose subject is signing in, out or a session's end. This sign-in survives reloads and deep links.
 */
export async function signInWithStalwart(page: Page, user: string, password: string): Promise<void> {
  await onLoginScreen(page);
  await page.getByRole('button', { name: 'Sign in with Stalwart' }).click();
  await signInOnServerPage(page, user, password);
}

/**
 * Opens the console signed in as `user` (a demo account: password = username) on the page's
 * server, or the baseURL's on a fresh page: with the sign-in the setup project kept for that
 * server, or, for a server without one (a spec's own sandbox), after signing in once here and
 * keeping it for this worker's next tests. Lands where a sign-in lands: the first screen.
 */
export async function login(page: Page, user: string, password = user): Promise<void> {
  const restored = await test.step(`Restore the kept sign-in of ${user}`, async () => {
    const home = page.url() === 'about:blank' ? '/' : new URL('/', page.url()).toString();
    const restore = await restoreBeforeLoad(page, keptSignIns(user));
    try {
      await page.goto(home);
    } finally {
      await restore.dispose();
    }
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.or(page.getByRole('heading', { name: 'Sign in to Postmaster' }))).toBeVisible({ timeout: 15_000 });
    return nav.isVisible();
  }, { box: true });
  if (restored) return;
  // None kept for this server yet: sign in once, for this worker's next tests.
  await signInWithStalwart(page, user, password);
  rememberSignIn(new URL(page.url()).origin, user, await readSessionEntries(page));
}

/** Signs in with username and password (Basic); kept in memory only, so a reload asks again. */
export function loginWithPassword(page: Page, user: string, password: string): Promise<void> {
  return test.step(`Sign in with a password as ${user}`, async () => {
    await onLoginScreen(page);
    await page.getByRole('radio', { name: 'Username and password' }).check();
    await page.getByLabel('Username', { exact: true }).fill(user);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  }, { box: true });
}

/** Signs in with an API key (Bearer). */
export function loginWithApiKey(page: Page, apiKey: string): Promise<void> {
  return test.step('Sign in with an API key', async () => {
    await onLoginScreen(page);
    await page.getByRole('radio', { name: 'API key' }).check();
    await page.getByLabel('Key', { exact: true }).fill(apiKey);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  }, { box: true });
}
