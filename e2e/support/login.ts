import { expect, type Page } from '@playwright/test';

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
export async function signInOnServerPage(page: Page, user: string, password: string, code?: () => string): Promise<void> {
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
}

/**
 * Signs in with Stalwart (OAuth, through the server's /login page): the suite's default, since
 * this sign-in survives reloads and page.goto deep links.
 */
export async function login(page: Page, user: string, password: string): Promise<void> {
  await onLoginScreen(page);
  await page.getByRole('button', { name: 'Sign in with Stalwart' }).click();
  await signInOnServerPage(page, user, password);
}

/** Signs in with username and password (Basic); kept in memory only, so a reload asks again. */
export async function loginWithPassword(page: Page, user: string, password: string): Promise<void> {
  await onLoginScreen(page);
  await page.getByRole('radio', { name: 'Username and password' }).check();
  await page.getByLabel('Username', { exact: true }).fill(user);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Signs in with an API key (Bearer). */
export async function loginWithApiKey(page: Page, apiKey: string): Promise<void> {
  await onLoginScreen(page);
  await page.getByRole('radio', { name: 'API key' }).check();
  await page.getByLabel('Key', { exact: true }).fill(apiKey);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}
