import { expect, type Page } from '@playwright/test';

/** Signs in with username and password from the login screen (opening it first if needed). */
export async function login(page: Page, user: string, password: string): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Sign in to Postmaster' })).toBeVisible();
  await page.getByRole('radio', { name: 'Username and password' }).check();
  await page.getByLabel('Username', { exact: true }).fill(user);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Signs in with an API key (Bearer). */
export async function loginWithApiKey(page: Page, apiKey: string): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) await page.goto('/login');
  await page.getByRole('radio', { name: 'API key' }).check();
  await page.getByLabel('Key', { exact: true }).fill(apiKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}
