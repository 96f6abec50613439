// Management › Actions: the simple actions, their confirmations and outcomes, the session history,
// what the support role may run, and accessibility. Each worker has a sandbox of its own, so pausing
// the queue here never disturbs the queue suite.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login } from './support/login';
import { forEachTheme } from './support/themes';
import { workerSandbox } from './support/worker-sandbox';

const sandbox = workerSandbox();
const at = sandbox.at;

async function openActions(page: Page, user: string): Promise<void> {
  await page.goto(at('/sign-in'));
  await login(page, user, user);
  await page.goto(at('/management/actions'));
  await expect(page.getByRole('heading', { level: 1, name: 'Actions' })).toBeVisible();
}

/** The list item of one action, found by its heading. */
const item = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });

const SIMPLE: Array<{ heading: string; button: string; confirm?: string }> = [
  { heading: 'Server settings', button: 'Reload server settings' },
  { heading: 'TLS certificates', button: 'Reload TLS certificates' },
  { heading: 'Lookup stores', button: 'Reload lookup stores' },
  { heading: 'Blocked IPs list', button: 'Reload blocked IPs' },
  { heading: 'Update applications', button: 'Update applications', confirm: 'Update applications?' },
  { heading: 'Invalidate all caches', button: 'Invalidate all caches', confirm: 'Invalidate all caches?' },
  { heading: 'Invalidate negative caches', button: 'Invalidate negative caches' },
  { heading: 'Pause queue processing', button: 'Pause queue processing', confirm: 'Pause queue processing?' },
  { heading: 'Resume queue processing', button: 'Resume queue processing' },
];

test.describe('actions as admin', () => {
  test('shows every variant grouped by its schema label', async ({ page }) => {
    await openActions(page, 'admin');
    const groups = page.getByRole('heading', { level: 2 });
    await expect(groups).toHaveText(['Reload', 'Application Management', 'DMARC', 'Spam Filter', 'Cache', 'MTA', 'Runs in this session']);
    const reload = page.getByRole('region', { name: 'Reload' });
    await expect(reload.getByRole('heading', { level: 3 })).toHaveText(['Server settings', 'TLS certificates', 'Lookup stores', 'Blocked IPs list']);
    await expect(page.getByRole('region', { name: 'MTA' }).getByRole('heading', { level: 3 })).toHaveText([
      'Pause queue processing',
      'Resume queue processing',
    ]);
    await expect(page.getByRole('link', { name: 'Troubleshoot DMARC' })).toHaveAttribute('href', '/management/actions?run=TroubleshootDmarc');
    await expect(page.getByRole('link', { name: 'Classify a message' })).toHaveAttribute('href', '/management/actions?run=ClassifySpam');
    await expect(page.getByText('No action has been run in this session yet.')).toBeVisible();

    await page.goto(at('/management/actions?run=NoSuchAction'));
    await expect(page.getByRole('heading', { level: 1, name: 'Unknown action' })).toBeVisible();
    await page.getByRole('link', { name: '← All actions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Actions' })).toBeVisible();
  });

  test('runs each simple action, confirming the disruptive ones, and records them', async ({ page }) => {
    await openActions(page, 'admin');
    for (const action of SIMPLE) {
      await test.step(action.button, async () => {
        const entry = item(page, action.heading);
        await entry.getByRole('button', { name: action.button }).click();
        if (action.confirm) {
          const dialog = page.getByRole('dialog', { name: action.confirm });
          await expect(dialog).toBeVisible();
          // Focus starts on Cancel, the safe choice; nothing has run yet.
          await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
          await expect(entry.getByRole('status')).toHaveText('');
          await dialog.getByRole('button', { name: action.button }).click();
          await expect(dialog).toBeHidden();
        }
        await expect(entry.getByRole('status')).toHaveText(/^Done at \d{1,2}:\d{2}:\d{2}/);
      });
    }

    const history = page.getByRole('table', { name: 'Runs in this session' });
    const rows = history.getByRole('row');
    // Header row plus nine runs, newest first.
    await expect(rows).toHaveCount(SIMPLE.length + 1);
    await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('MTA: Resume queue processing');
    await expect(rows.nth(2).getByRole('cell').nth(1)).toHaveText('MTA: Pause queue processing');
    await expect(rows.nth(SIMPLE.length).getByRole('cell').nth(1)).toHaveText('Reload: Server settings');
    for (let i = 1; i <= SIMPLE.length; i++) {
      await expect(rows.nth(i).getByRole('cell').nth(2)).toHaveText('admin');
      await expect(rows.nth(i).getByRole('cell').nth(3)).toHaveText('Succeeded');
    }

    // The session keeps the runs across a reload.
    await page.reload();
    await expect(page.getByRole('table', { name: 'Runs in this session' }).getByRole('row')).toHaveCount(SIMPLE.length + 1);
    await expect(item(page, 'Pause queue processing').getByRole('status')).toHaveText(/^Done at /);
  });

  test('cancelling a confirmation runs nothing', async ({ page }) => {
    await openActions(page, 'admin');
    const entry = item(page, 'Invalidate all caches');
    await entry.getByRole('button', { name: 'Invalidate all caches' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invalidate all caches?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(entry.getByRole('button', { name: 'Invalidate all caches' })).toBeFocused();
    await expect(entry.getByRole('status')).toHaveText('');
    await expect(page.getByText('No action has been run in this session yet.')).toBeVisible();
  });

  test('opens a recorded result again and copies it as JSON', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(sandbox.url).origin });
    await openActions(page, 'admin');
    await item(page, 'Resume queue processing').getByRole('button', { name: 'Resume queue processing' }).click();
    await expect(item(page, 'Resume queue processing').getByRole('status')).toHaveText(/^Done at /);

    const row = page.getByRole('table', { name: 'Runs in this session' }).getByRole('row').nth(1);
    await row.getByRole('button', { name: 'Open result' }).click();
    const dialog = page.getByRole('dialog', { name: 'MTA: Resume queue processing' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(/by admin: Succeeded/)).toBeVisible();
    const json = dialog.getByLabel('Result as JSON');
    await expect(json).toContainText('"action": "ResumeMtaQueue"');
    await expect(json).toContainText('"by": "admin"');

    await dialog.getByRole('button', { name: 'Copy as JSON' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as Record<string, unknown>;
    expect(copied.action).toBe('ResumeMtaQueue');
    expect(copied.by).toBe('admin');
    expect(typeof (copied.result as { id?: unknown }).id).toBe('string');

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByRole('button', { name: 'Open result' })).toBeFocused();
  });

  test('has no accessibility violations, light and dark, with runs and a result open', async ({ page }) => {
    test.setTimeout(60_000);
    await openActions(page, 'admin');
    await item(page, 'Server settings').getByRole('button', { name: 'Reload server settings' }).click();
    await expect(item(page, 'Server settings').getByRole('status')).toHaveText(/^Done at /);
    await forEachTheme(page, async () => {
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Open result' }).first().click();
      await expect(page.getByRole('dialog', { name: 'Reload: Server settings' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Close' }).click();
      await item(page, 'Pause queue processing').getByRole('button', { name: 'Pause queue processing' }).click();
      await expect(page.getByRole('dialog', { name: 'Pause queue processing?' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Cancel' }).click();
    });
  });
});

test.describe('actions as support', () => {
  test('sees only the actions the role allows, and can run them', async ({ page }) => {
    await openActions(page, 'support');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['DMARC', 'Spam Filter', 'MTA', 'Runs in this session']);
    await expect(page.getByRole('heading', { level: 3 })).toHaveText([
      'Troubleshooting',
      'Classify a message',
      'Pause queue processing',
      'Resume queue processing',
    ]);
    for (const hidden of ['Reload server settings', 'Update applications', 'Invalidate all caches', 'Invalidate negative caches']) {
      await expect(page.getByRole('button', { name: hidden })).toHaveCount(0);
    }
    await item(page, 'Pause queue processing').getByRole('button', { name: 'Pause queue processing' }).click();
    await page.getByRole('dialog', { name: 'Pause queue processing?' }).getByRole('button', { name: 'Pause queue processing' }).click();
    await expect(item(page, 'Pause queue processing').getByRole('status')).toHaveText(/^Done at /);
    await item(page, 'Resume queue processing').getByRole('button', { name: 'Resume queue processing' }).click();
    await expect(item(page, 'Resume queue processing').getByRole('status')).toHaveText(/^Done at /);
    const rows = page.getByRole('table', { name: 'Runs in this session' }).getByRole('row');
    await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('support');
  });

  test('a person without any action permission is not offered the page', async ({ page }) => {
    await page.goto(at('/sign-in'));
    await login(page, 'viewer', 'viewer');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actions' })).toHaveCount(0);
    await page.goto(at('/management/actions?run=ClassifySpam'));
    await expect(page.getByRole('heading', { level: 1, name: 'No access' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Classify message' })).toHaveCount(0);
  });
});
