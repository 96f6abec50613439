import { expect, type Page } from '@playwright/test';

/**
 * Opens the login screen on a fresh page; otherwise waits for it (a page that was sent there by a
 * redirect may still show its old URL for a moment, so the URL is no guide).
 */
async function onLoginScreen(page: Page): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in to Postmaster' })).toBeVisible();
}

/** Signs in with username and password from the login screen. */
export async function login(page: Page, user: string, password: string): Promise<void> {
  await onLoginScreen(page);
  await page.getByRole('radio', { name: 'Username and password' }).check();
  await page.getByLabel('Username', { exact: true }).fill(user);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Signs in with an API key (Bearer). */
export async function loginWithApiKey(page: Page, apiKey: string): Promise<void> {
  await onLoginScreen(page);
  await page.getByRole('radio', { name: 'API key' }).check();
  await page.getByLabel('Key', { exact: true }).fill(apiKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}
