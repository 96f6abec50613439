import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { expectNoAxeViolations } from './support/axe';
import { signInOnServerPage } from './support/login';
import { startOwnSandbox } from './support/own-sandbox';

// The console packaged and installed into a sandbox as the server's own application at a prefix,
// then used from there the way an administrator would.
test('installed at a prefix: sign in with Stalwart, reload, new tab, sign out leaves nothing', async ({ page, context }) => {
  test.setTimeout(240_000);
  const zip = join(mkdtempSync(join(tmpdir(), 'postmaster-e2e-')), 'postmaster.zip');
  const packaged = spawnSync('npm', ['run', 'package', '--', '--out', zip], { encoding: 'utf8' });
  expect(packaged.status, packaged.stderr).toBe(0);
  const sandbox = await startOwnSandbox();
  try {
    const auth = { Authorization: `Bearer ${sandbox.apiKeys.admin}` };
    const session = (await (await fetch(`${sandbox.url}/jmap/session`, { headers: auth })).json()) as { primaryAccounts: Record<string, string> };
    const accountId = session.primaryAccounts['urn:stalwart:jmap'] ?? Object.values(session.primaryAccounts)[0];
    const jmap = async (methodCalls: unknown[]) => {
      const response = await fetch(`${sandbox.url}/jmap/`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${sandbox.apiKeys.admin}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ using: ['urn:ietf:params:jmap:core', 'urn:stalwart:jmap'], methodCalls }),
      });
      return ((await response.json()) as { methodResponses: unknown[][] }).methodResponses;
    };
    const created = await jmap([
      ['x:Application/set', { accountId, create: { app: { description: 'Postmaster', resourceUrl: pathToFileURL(zip).href, urlPrefix: { '/postmaster': true }, enabled: true } } }, '0'],
      ['x:Action/set', { accountId, create: { update: { '@type': 'UpdateApps' } } }, '1'],
    ]);
    expect(created.map((r) => r[0])).toEqual(['x:Application/set', 'x:Action/set']);
    const [app, action] = created.map((r) => (r[1] as { created?: Record<string, unknown> }).created ?? {});
    expect(Object.keys(app ?? {})).toEqual(['app']);
    expect(Object.keys(action ?? {})).toEqual(['update']);

    const at = (path: string) => `${sandbox.url}/postmaster${path}`;
    const totp = OTPAuth.URI.parse(sandbox.totpUris.mfa as string);
    await page.goto(at('/settings/spam/rules'));
    await expect(page).toHaveURL(at('/sign-in?next=%2Fsettings%2Fspam%2Frules'));
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Sign in with Stalwart' }).click();
    await signInOnServerPage(page, 'mfa', 'mfa', () => totp.generate());
    await expect(page).toHaveURL(at('/settings/spam/rules'));

    // Work on a screen: run an action, which the session's history records.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actions' }).click();
    await expect(page).toHaveURL(at('/management/actions'));
    await page.getByRole('button', { name: 'Resume queue processing' }).first().click();
    const history = page.getByRole('table', { name: 'Runs in this session' });
    await expect(history.getByRole('row').nth(1)).toContainText('mfa');

    await page.reload();
    await expect(history.getByRole('row').nth(1)).toContainText('mfa');

    const second = await context.newPage();
    await second.goto(at('/settings/mta/milters'));
    await expect(second.getByText('Signed in as mfa')).toBeVisible();
    await expect(second.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Milters' })).toHaveAttribute('href', '/postmaster/settings/mta/milters');

    await second.getByRole('button', { name: 'Sign out' }).click();
    for (const tab of [page, second] as Page[]) {
      await expect(tab.getByRole('heading', { name: 'Sign in to Postmaster' })).toBeVisible();
      await expect(tab.getByText('mfa')).toHaveCount(0);
      const left = await tab.evaluate(() => ({
        session: Object.keys(sessionStorage),
        local: Object.keys(localStorage).filter((k) => k !== 'postmaster.theme'),
      }));
      expect(left).toEqual({ session: [], local: [] });
    }

    // The next person signs in at the prefix without a second factor, and sees only their own work.
    await page.getByRole('button', { name: 'Sign in with Stalwart' }).click();
    await signInOnServerPage(page, 'admin', 'admin');
    await expect(page.getByText('Signed in as admin')).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actions' }).click();
    await expect(page.getByText('No action has been run in this session yet.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Runs in this session' })).toHaveCount(0);
  } finally {
    await sandbox.close();
  }
});
