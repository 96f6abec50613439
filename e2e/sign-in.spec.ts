import { expect, test, type Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { expectNoAxeViolations } from './support/axe';
import { loginWithApiKey, loginWithPassword, signInOnServerPage, signInWithStalwart } from './support/login';
import { startOwnSandbox } from './support/own-sandbox';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const signInHeading = (page: Page) => page.getByRole('heading', { name: 'Sign in to Postmaster' });
const storedText = (page: Page) =>
  page.evaluate(() => Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`).join('\n'));

test.describe('long-lived secrets stay in memory', () => {
  test('a password sign-in stores nothing and a reload asks again', async ({ page }) => {
    await page.goto('/settings/mta/milters');
    await loginWithPassword(page, 'admin', 'admin');
    await expect(page).toHaveURL('/settings/mta/milters');
    expect(await storedText(page)).not.toContain('admin');
    expect(await page.evaluate(() => localStorage.length - (localStorage.getItem('postmaster.theme') === null ? 0 : 1))).toBe(0);
    await page.reload();
    await expect(page).toHaveURL('/sign-in?next=%2Fsettings%2Fmta%2Fmilters');
    await expect(signInHeading(page)).toBeVisible();
  });

  test('an API key is handed to a new tab in memory, never stored', async ({ page, context }) => {
    // A sandbox of its own (to read its keys or set token lifetimes) takes a while to start.
    test.slow();
    const sandbox = await startOwnSandbox();
    try {
      await page.goto(`${sandbox.url}/sign-in`);
      await loginWithApiKey(page, sandbox.apiKeys.viewer as string);
      const key = sandbox.apiKeys.viewer as string;
      expect(await storedText(page)).not.toContain(key);
      // A deep link in a new tab of the same browser: the signed-in tab answers, no sign-in screen.
      const second = await context.newPage();
      await second.goto(`${sandbox.url}/settings/spam/rules`);
      await expect(nav(second).getByRole('link', { name: 'Rules' })).toHaveAttribute('aria-current', 'page');
      await expect(second.getByText('Signed in as viewer')).toBeVisible();
      expect(await storedText(second)).not.toContain(key);
    } finally {
      await sandbox.close();
    }
  });
});

test.describe('Sign in with Stalwart', () => {
  test('signs in through the server page, survives a reload, and a new tab needs no sign-in', async ({ page, context }) => {
    await page.goto('/settings/spam/rules');
    await expect(page).toHaveURL('/sign-in?next=%2Fsettings%2Fspam%2Frules');
    await signInWithStalwart(page, 'support', 'support');
    await expect(page).toHaveURL('/settings/spam/rules');
    await expect(page.getByText('Signed in as support')).toBeVisible();
    const stored = await storedText(page);
    expect(stored).toContain('postmaster.login=');
    expect(stored).not.toContain('support"');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'postmaster.theme'))).toEqual([]);

    await page.reload();
    await expect(nav(page).getByRole('link', { name: 'Rules' })).toHaveAttribute('aria-current', 'page');

    const second = await context.newPage();
    await second.goto('/settings/mta/milters');
    await expect(second.getByText('Signed in as support')).toBeVisible();

    // Signing out in the new tab signs out the first one too.
    await second.getByRole('button', { name: 'Sign out' }).click();
    await expect(signInHeading(second)).toBeVisible();
    await expect(signInHeading(page)).toBeVisible();
    await expect(nav(page)).toHaveCount(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await second.evaluate(() => sessionStorage.length)).toBe(0);
  });

  test('an account with two-factor authentication signs in with its code', async ({ page }) => {
    // A sandbox of its own (to read its keys or set token lifetimes) takes a while to start.
    test.slow();
    const sandbox = await startOwnSandbox();
    try {
      const totp = OTPAuth.URI.parse(sandbox.totpUris.mfa as string);
      await page.goto(`${sandbox.url}/sign-in`);
      await page.getByRole('button', { name: 'Sign in with Stalwart' }).click();
      await signInOnServerPage(page, 'mfa', 'mfa', () => totp.generate());
      await expect(page.getByText('Signed in as mfa')).toBeVisible();
    } finally {
      await sandbox.close();
    }
  });

  test('the token is refreshed before it expires and after a 401', async ({ page }) => {
    // A sandbox of its own (to read its keys or set token lifetimes) takes a while to start.
    test.slow();
    const sandbox = await startOwnSandbox({ accessTokenTtl: 4 });
    try {
      await page.goto(`${sandbox.url}/settings/mta/milters`);
      const refreshed = page.waitForRequest((r) => r.url().endsWith('/auth/token') && (r.postData() ?? '').includes('grant_type=refresh_token'));
      await signInWithStalwart(page, 'admin', 'admin');
      await refreshed;
      // The first answer to the next JMAP call is a 401, as for a token that expired while the
      // tab slept (the sandbox's tokens cannot be made to expire on demand): refresh and retry.
      let refused = false;
      await page.route(/\/jmap\/$/, async (route) => {
        if (refused) return route.continue();
        refused = true;
        await route.fulfill({ status: 401, contentType: 'application/problem+json', body: '{"status":401,"title":"Unauthorized"}' });
      });
      const again = page.waitForRequest((r) => r.url().endsWith('/auth/token') && (r.postData() ?? '').includes('grant_type=refresh_token'));
      await nav(page).getByRole('link', { name: 'Rules' }).click();
      await again;
      await expect(page.getByRole('table')).toBeVisible();
      expect(refused).toBe(true);
      await expect(nav(page)).toBeVisible();
    } finally {
      await sandbox.close();
    }
  });

  test('a callback that was not started here explains itself, with no axe violations', async ({ page }) => {
    await page.goto('/oauth/callback?code=abc&state=xyz');
    await expect(page.getByRole('alert')).toHaveText(/not started in this tab/);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to the sign-in screen' }).click();
    await expect(signInHeading(page)).toBeVisible();
  });
});

test.describe('the server refuses a password sign-in', () => {
  test('402: the account uses two-factor authentication', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Username', { exact: true }).fill('mfa');
    await page.getByLabel('Password', { exact: true }).fill('mfa');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'This account uses two-factor authentication; sign in with Stalwart or an app password.',
    );
  });

  test('429, then 403: repeated failures ban this address, as the server does', async ({ page }) => {
    // A sandbox of its own: the ban covers every request from 127.0.0.1 to that server.
    const sandbox = await startOwnSandbox({ authBanRate: { count: 2, periodMs: 60_000 }, authFailureDelay: false });
    try {
      await page.goto(`${sandbox.url}/sign-in`);
      const attempt = async () => {
        await page.getByLabel('Username', { exact: true }).fill('admin');
        await page.getByLabel('Password', { exact: true }).fill('wrong');
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      };
      for (let i = 0; i < 2; i++) {
        await attempt();
        await expect(page.getByRole('alert')).toHaveText('The username or password is incorrect.');
      }
      await attempt();
      await expect(page.getByRole('alert')).toHaveText('Too many failed sign-in attempts from this address. Try again later.');
      await attempt();
      await expect(page.getByRole('alert')).toHaveText('This address is blocked after too many failed sign-in attempts. Try again later.');
    } finally {
      await sandbox.close();
    }
  });

  test('a server that cannot be reached is named', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByText('Advanced').click();
    await page.getByLabel('Server URL').fill('http://127.0.0.1:9');
    await page.getByLabel('Username', { exact: true }).fill('admin');
    await page.getByLabel('Password', { exact: true }).fill('admin');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(/^The server at http:\/\/127\.0\.0\.1:9 cannot be reached\./);
  });
});
