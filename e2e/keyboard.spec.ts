import { expect, test, type Locator, type Page } from '@playwright/test';
import { login } from './support/login';

/** Presses Tab until `target` has the focus (fails if it never gets there). */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('creates and deletes a milter with the keyboard only', async ({ page }) => {
  const hostname = `keyboard-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}.test`;
  await login(page, 'admin', 'admin');
  await page.goto('/settings/mta/milters');
  await expect(page.getByRole('heading', { level: 1, name: 'Milter filters' })).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'Create milter' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New milter' })).toBeVisible();

  await tabTo(page, page.getByLabel('Hostname'));
  await page.keyboard.type(hostname);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Port', { exact: true })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('9999');

  // Switches and checkboxes toggle with Space.
  await tabTo(page, page.getByRole('switch', { name: 'Enable TLS' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('switch', { name: 'Enable TLS' })).toHaveAttribute('aria-checked', 'true');
  await tabTo(page, page.getByRole('checkbox', { name: 'RCPT TO' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'RCPT TO' })).toBeChecked();

  // A select changes with the arrow keys.
  await tabTo(page, page.getByLabel('Protocol Version'));
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Protocol Version')).toHaveValue('v2');

  await tabTo(page, page.getByRole('button', { name: 'Create milter' }));
  await page.keyboard.press('Enter');

  // The new milter's page, then back to the list by keyboard.
  await expect(page.getByRole('heading', { level: 1, name: `Milter ${hostname}:9999` })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Back to milters' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Milter filters' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(hostname.replace(/\./g, '\\.')) });
  await expect(row.getByRole('cell')).toHaveText([hostname, '9999', 'RCPT TO, DATA', 'Always', 'Yes', 'Delete']);

  // Delete: Escape closes the confirmation and gives the focus back; Enter on Delete confirms.
  const remove = page.getByRole('button', { name: `Delete milter ${hostname}:9999` });
  await tabTo(page, remove);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete milter' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(row).toHaveCount(0);
});

test('the rule list is usable with the keyboard: filter and sort', async ({ page }) => {
  await login(page, 'admin', 'admin');
  await page.goto('/settings/spam/rules');
  await tabTo(page, page.getByRole('searchbox', { name: 'Search' }));
  await page.keyboard.type('DOMAIN_');
  await expect(page).toHaveURL(/q=DOMAIN_/);
  // Priority ascending is the default order; Enter on its header turns it round.
  await tabTo(page, page.getByRole('button', { name: 'Priority', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Priority' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/\?q=DOMAIN_&sort=priority&dir=desc$/);
});
