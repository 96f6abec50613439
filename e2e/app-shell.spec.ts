import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login, loginWithApiKey, loginWithPassword, signInWithStalwart } from './support/login';
import { startOwnSandbox } from './support/own-sandbox';
import { forEachTheme } from './support/themes';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
// Feature pages own their headings; the shell only guarantees each page has one h1.
const pageHeading = (page: Page) => page.getByRole('main').getByRole('heading', { level: 1 });

test.describe('signing in and out', () => {
  test('signs in with username and password and opens the first screen', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page).toHaveTitle('Sign in · Postmaster');
    await loginWithPassword(page, 'admin', 'admin');
    // Management › Emails › Queued is the first menu entry an administrator sees.
    await expect(page).toHaveURL('/management/queue');
    await expect(nav(page).getByRole('link', { name: 'Queued' })).toHaveAttribute('aria-current', 'page');
    await expect(pageHeading(page)).toBeVisible();
    await expect(page.getByText('Signed in as admin')).toBeVisible();
  });

  test('signs in with an API key', async ({ page }) => {
    const sandbox = await startOwnSandbox();
    try {
      await page.goto(`${sandbox.url}/management/actions`);
      await loginWithApiKey(page, sandbox.apiKeys.support as string);
      await expect(page).toHaveURL(`${sandbox.url}/management/actions`);
      await expect(pageHeading(page)).toBeVisible();
      // The session names the key's owner, and the menu follows that account's permissions.
      await expect(page.getByText('Signed in as support')).toBeVisible();
      await expect(nav(page).getByRole('link')).toHaveText(['Queued', 'Actions', 'Milters', 'General', 'Rules', 'Scores']);
    } finally {
      await sandbox.close();
    }
  });

  test('a wrong password shows an error and stores nothing', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Username', { exact: true }).fill('admin');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('The username or password is incorrect.');
    await expect(page).toHaveURL(/\/sign-in$/);
    expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
  });

  test('a malformed API key is refused with an error', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('radio', { name: 'API key' }).check();
    await page.getByLabel('Key', { exact: true }).fill('pmk_000000000000_notavalidkeynotavalidkeynotavalid');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(/The API key was not accepted/);
    await expect(nav(page)).toHaveCount(0);
  });

  test('signing out forgets the credentials and Back shows no data', async ({ page }) => {
    await signInWithStalwart(page, 'admin', 'admin');
    await nav(page).getByRole('link', { name: 'Milters' }).click();
    await expect(page).toHaveTitle('Milters · Postmaster');
    await expect(pageHeading(page)).toBeVisible();
    expect(await page.evaluate(() => window.sessionStorage.length)).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Postmaster' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('You have signed out.');
    const stored = await page.evaluate(() => ({
      session: window.sessionStorage.length,
      local: Object.keys(window.localStorage).filter((key) => key !== 'postmaster.theme'),
    }));
    expect(stored).toEqual({ session: 0, local: [] });

    await page.goBack();
    await expect(page).toHaveURL('/sign-in?next=%2Fsettings%2Fmta%2Fmilters');
    await expect(page.getByRole('heading', { name: 'Sign in to Postmaster' })).toBeVisible();
    await expect(nav(page)).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('heading')).toHaveText(['Sign in to Postmaster', 'Or use a password or an API key']);
  });

  // What the server answers once it stops accepting the credentials (password changed, key revoked).
  const unauthorized = {
    status: 401,
    headers: { 'WWW-Authenticate': 'Basic realm="Stalwart Server"' },
    contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Invalid or missing credentials.' }),
  };
  const api = /\/(jmap|api)\//;

  test('a 401 from a page query returns to the login screen and then to that page', async ({ page }) => {
    await signInWithStalwart(page, 'admin', 'admin');
    // Start from a page that sends no requests of its own (the queue list refreshes itself).
    await page.goto('/settings/nothing-here');
    await expect(pageHeading(page)).toHaveText('Page not found');
    await page.route(api, (route) => route.fulfill(unauthorized));
    // The milter list loads its milters: the first JMAP call of that page meets the 401.
    await nav(page).getByRole('link', { name: 'Milters' }).click();

    await expect(page).toHaveURL('/sign-in?next=%2Fsettings%2Fmta%2Fmilters&reason=expired');
    await expect(page.getByRole('status')).toHaveText(/Your session has ended/);
    expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);

    await page.unroute(api);
    await signInWithStalwart(page, 'admin', 'admin');
    await expect(page).toHaveURL('/settings/mta/milters');
    await expect(nav(page).getByRole('link', { name: 'Milters' })).toHaveAttribute('aria-current', 'page');
  });

  test('a 401 when a signed-in tab reloads returns to the login screen and then to the same page', async ({ page }) => {
    await signInWithStalwart(page, 'admin', 'admin');
    await nav(page).getByRole('link', { name: 'Rules' }).click();
    await expect(page).toHaveURL('/settings/spam/rules');

    // Refuse what a page load asks first (the session and the account), and only that: a late
    // request of the old document must not end the session while the reload is under way.
    const startup = /\/(jmap\/session|api\/account)$/;
    await page.route(startup, (route) => route.fulfill(unauthorized));
    await page.reload();

    await expect(page).toHaveURL('/sign-in?next=%2Fsettings%2Fspam%2Frules&reason=expired');
    await expect(page.getByRole('status')).toHaveText(/Your session has ended/);
    expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);

    await page.unroute(startup);
    await signInWithStalwart(page, 'admin', 'admin');
    await expect(page).toHaveURL('/settings/spam/rules');
    await expect(nav(page).getByRole('link', { name: 'Rules' })).toHaveAttribute('aria-current', 'page');
    await expect(pageHeading(page)).toBeVisible();
  });
});

test.describe('menus follow permissions', () => {
  const groups = ['Management', 'Emails', 'Settings', 'MTA', 'Filters', 'Spam Filter'];

  test('an administrator sees every screen', async ({ page }) => {
    await login(page, 'admin', 'admin');
    for (const group of groups) await expect(nav(page).getByText(group, { exact: true })).toBeVisible();
    await expect(nav(page).getByRole('link')).toHaveText(['Queued', 'Actions', 'Milters', 'General', 'Rules', 'Scores']);
    await page.goto('/settings/mta/milters/new');
    await expect(pageHeading(page)).toBeVisible();
    await expect(pageHeading(page)).not.toHaveText('No access');
  });

  test('support sees actions, the queue and read-only settings', async ({ page }) => {
    await login(page, 'support', 'support');
    await expect(nav(page).getByRole('link')).toHaveText(['Queued', 'Actions', 'Milters', 'General', 'Rules', 'Scores']);
    await nav(page).getByRole('link', { name: 'Actions' }).click();
    await expect(pageHeading(page)).toBeVisible();
    await expect(pageHeading(page)).not.toHaveText('No access');
    // Settings are read-only: creating a milter or a rule is not offered.
    for (const path of ['/settings/mta/milters/new', '/settings/spam/rules/new']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: 'No access' })).toBeVisible();
    }
  });

  test('a viewer sees the lists but not the actions', async ({ page }) => {
    await login(page, 'viewer', 'viewer');
    await expect(nav(page).getByRole('link')).toHaveText(['Queued', 'Milters', 'General', 'Rules', 'Scores']);
    await page.goto('/management/actions');
    await expect(page.getByRole('heading', { level: 1, name: 'No access' })).toBeVisible();
    await expect(page).toHaveTitle('No access · Postmaster');
  });
});

test.describe('navigation', () => {
  test('a deep link opened while signed out comes back after sign-in, and reload keeps it', async ({ page }) => {
    await page.goto('/settings/mta/milters/new');
    await expect(page).toHaveURL('/sign-in?next=%2Fsettings%2Fmta%2Fmilters%2Fnew');
    await signInWithStalwart(page, 'admin', 'admin');
    await expect(page).toHaveURL('/settings/mta/milters/new');
    await expect(pageHeading(page)).toBeVisible();
    // The list's menu entry stays marked on its detail pages.
    await expect(nav(page).getByRole('link', { name: 'Milters' })).toHaveAttribute('aria-current', 'true');

    await page.reload();
    await expect(page).toHaveURL('/settings/mta/milters/new');
    await expect(pageHeading(page)).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Milters' })).toHaveAttribute('aria-current', 'true');
  });

  test('links, Back and Forward move between pages without reloading', async ({ page }) => {
    await login(page, 'admin', 'admin');
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same document'));
    await nav(page).getByRole('link', { name: 'General' }).click();
    await expect(page).toHaveURL('/settings/spam/general');
    await expect(nav(page).getByRole('link', { name: 'General' })).toHaveAttribute('aria-current', 'page');
    // Focus moves to the new page so keyboard users start there.
    await expect.poll(() => page.getByRole('main').evaluate((main) => main.contains(document.activeElement))).toBe(true);
    await nav(page).getByRole('link', { name: 'Milters' }).click();
    await expect(page).toHaveTitle('Milters · Postmaster');

    await page.goBack();
    await expect(page).toHaveURL('/settings/spam/general');
    await expect(nav(page).getByRole('link', { name: 'General' })).toHaveAttribute('aria-current', 'page');
    await page.goForward();
    await expect(page).toHaveURL('/settings/mta/milters');
    await expect(nav(page).getByRole('link', { name: 'Milters' })).toHaveAttribute('aria-current', 'page');
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same document');
  });

  test('unsaved changes ask before leaving, for links and for Back/Forward', async ({ page }) => {
    await login(page, 'admin', 'admin');
    // Build in-app history: the new-milter form, then the list, then Back to the form.
    await page.goto('/settings/mta/milters/new');
    await nav(page).getByRole('link', { name: 'Milters' }).click();
    await expect(page).toHaveURL('/settings/mta/milters');
    await page.goBack();
    await expect(page).toHaveURL('/settings/mta/milters/new');

    const field = page.getByRole('main').getByRole('textbox').first();
    await field.fill('edited.example.org');
    const dialog = page.getByRole('dialog', { name: 'Leave this page?' });

    // A link: staying keeps the page and what was typed.
    await nav(page).getByRole('link', { name: 'Rules' }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Stay on page' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Stay on page' }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL('/settings/mta/milters/new');
    await expect(field).toHaveValue('edited.example.org');

    // Forward: the browser already moved, so the app steps back again while it asks.
    await page.goForward();
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL('/settings/mta/milters/new');
    await dialog.getByRole('button', { name: 'Stay on page' }).click();
    await expect(field).toHaveValue('edited.example.org');

    await page.goForward();
    await dialog.getByRole('button', { name: 'Leave page' }).click();
    await expect(page).toHaveURL('/settings/mta/milters');
    await expect(dialog).toBeHidden();
  });

  test('an unknown address shows the not-found page inside the shell', async ({ page }) => {
    await login(page, 'admin', 'admin');
    await page.goto('/settings/nothing-here');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page).toHaveTitle('Page not found · Postmaster');
    await expect(nav(page)).toBeVisible();
  });
});

test.describe('accessibility and themes', () => {
  test('the login screen has no axe violations in light and dark', async ({ page }) => {
    await page.goto('/sign-in');
    await forEachTheme(page, async () => {
      await expect(page.getByRole('heading', { name: 'Sign in to Postmaster' })).toBeVisible();
      await expectNoAxeViolations(page);
      // The error state and the open Advanced section too.
      await page.getByText('Advanced').click();
      await expect(page.getByLabel('Server URL')).toBeVisible();
      await page.getByLabel('Username', { exact: true }).fill('admin');
      await page.getByLabel('Password', { exact: true }).fill('wrong');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(page);
      await page.reload();
    });
  });

  test('the shell has no axe violations in light and dark', async ({ page }) => {
    // Shell-only pages (sidebar, headings, links): each feature suite checks its own screens.
    await login(page, 'viewer', 'viewer');
    await forEachTheme(page, async () => {
      await page.goto('/settings/nothing-here');
      await expect(pageHeading(page)).toHaveText('Page not found');
      await expectNoAxeViolations(page);
      await page.goto('/management/actions');
      await expect(pageHeading(page)).toHaveText('No access');
      await expectNoAxeViolations(page);
    });
  });

  test('the theme choice overrides the system preference and is remembered', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await login(page, 'admin', 'admin');
    await page.goto('/settings/nothing-here');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.getByLabel('Theme').selectOption('Dark');
    expect(await background()).toBe('rgb(18, 20, 23)');
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByLabel('Theme')).toHaveValue('dark');
    expect(await background()).toBe('rgb(18, 20, 23)');
  });
});
