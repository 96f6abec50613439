import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login } from './support/login';
import { getByApi, jmap } from './support/jmap-api';
import { recordSets } from './support/jmap-requests';
import { heading } from './support/page-heading';
import { forEachTheme } from './support/themes';

// The settings are one object shared by every worker: these tests run one after another, and
// each puts the values it changed back (other suites classify messages with the thresholds).
test.describe.configure({ mode: 'serial' });

const EDITABLE = ['enable', 'scoreSpam', 'scoreDiscard', 'scoreReject', 'trustContacts', 'trustReplies', 'greylistFor', 'spamFilterRulesUrl'];

// The singleton always exists: the server fills in defaults for one that was never stored.
const getSettings = async (request: APIRequestContext) => (await getByApi(request, 'x:SpamSettings', 'singleton'))!;

const ladder = (page: Page) => page.getByRole('figure', { name: 'Score thresholds' });
const ladderStatus = (page: Page) => ladder(page).getByRole('status');

async function openSettings(page: Page) {
  await page.goto('/settings/spam/general');
  await expect(heading(page, 'Spam Filter')).toBeVisible();
  await expect(page.getByLabel('Spam threshold')).toBeVisible();
}

test.describe('spam filter settings', () => {
  let original: Record<string, unknown>;

  test.beforeAll(async ({ request }) => {
    original = await getSettings(request);
  });

  test.afterEach(async ({ request }) => {
    const restore = Object.fromEntries(EDITABLE.map((key) => [key, original[key]]));
    await jmap(request, [['x:SpamSettings/set', { update: { singleton: restore } }, '0']]);
  });

  test.beforeEach(async ({ page }) => {
    await login(page, 'admin', 'admin');
  });

  test('shows the four sections and the threshold ladder', async ({ page }) => {
    await openSettings(page);
    for (const section of ['Spam Filter Settings', 'Spam Filter Overrides', 'Greylisting', 'External Rules']) {
      await expect(page.getByRole('group', { name: section, exact: true })).toBeVisible();
    }
    await expect(page.getByLabel('Spam threshold')).toHaveValue(String(original.scoreSpam));
    await expect(ladder(page).getByRole('listitem')).toHaveText([
      `Spam: a score above ${original.scoreSpam} marks a message as spam`,
      original.scoreDiscard === 0 ? 'Discard: off' : `Discard: a score above ${original.scoreDiscard} discards the message`,
      original.scoreReject === 0 ? 'Reject: off' : `Reject: a score above ${original.scoreReject} rejects the message`,
    ]);
    // The ladder follows what is typed.
    await page.getByLabel('Reject threshold').fill('15');
    await expect(ladder(page).getByRole('listitem').nth(2)).toHaveText('Reject: a score above 15 rejects the message');
    await page.getByLabel('Reject threshold').fill('0');
    await expect(ladder(page).getByRole('listitem').nth(2)).toHaveText('Reject: off');
  });

  test('edits and saves the settings; a reload shows the saved values', async ({ page, request }) => {
    await openSettings(page);
    const sets = recordSets(page);
    const notSet = page.getByRole('checkbox', { name: 'Duration Not set' });
    if (await notSet.isChecked()) await notSet.uncheck();
    await page.getByRole('textbox', { name: 'Duration', exact: true }).fill('7');
    await page.getByRole('combobox', { name: 'Duration Unit' }).selectOption('min');
    await page.getByLabel('Rules URL').fill('https://rules.example.com/e2e-rules.json.gz');
    await page.getByRole('switch', { name: 'Do not classify trusted email replies as spam' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    expect(sets).toHaveLength(1);
    const call = JSON.parse(sets[0]).methodCalls[0];
    expect(call[0]).toBe('x:SpamSettings/set');
    expect(call[1].update).toEqual({
      singleton: { greylistFor: 420000, spamFilterRulesUrl: 'https://rules.example.com/e2e-rules.json.gz', trustReplies: !original.trustReplies },
    });

    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Duration', exact: true })).toHaveValue('7');
    await expect(page.getByRole('combobox', { name: 'Duration Unit' })).toHaveValue('min');
    await expect(page.getByLabel('Rules URL')).toHaveValue('https://rules.example.com/e2e-rules.json.gz');
    const saved = await getSettings(request);
    expect(saved.greylistFor).toBe(420000);
  });

  test('a threshold out of range shows its error and sends nothing', async ({ page }) => {
    await openSettings(page);
    const sets = recordSets(page);
    const spam = page.getByLabel('Spam threshold');
    await spam.fill('101');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(spam).toHaveAttribute('aria-invalid', 'true');
    await expect(spam).toHaveAccessibleDescription(/Must be at most 100/);
    await page.getByLabel('Rules URL').fill('not a url');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByLabel('Rules URL')).toHaveAccessibleDescription(/Enter a full URL/);
    expect(sets).toEqual([]);
  });

  test('warns while the thresholds are out of order, and asks before saving them', async ({ page, request }) => {
    test.setTimeout(90_000);
    await openSettings(page);
    const sets = recordSets(page);
    await page.getByLabel('Spam threshold').fill('5');
    await page.getByLabel('Discard threshold').fill('12');
    await page.getByLabel('Reject threshold').fill('9');
    await expect(ladderStatus(page)).toHaveText(/The thresholds are out of order: the reject threshold \(9\) is below the discard threshold \(12\)/);
    await page.getByLabel('Reject threshold').fill('20');
    await expect(ladderStatus(page)).toHaveText('');

    await page.getByLabel('Discard threshold').fill('3');
    await expect(ladderStatus(page)).toHaveText(/the discard threshold \(3\) is below the spam threshold \(5\)/);

    // Save asks first, next to the button; Keep editing sends nothing.
    const save = page.getByRole('button', { name: 'Save', exact: true });
    await save.click();
    const question = page.getByRole('group', { name: /Save thresholds that are out of order\?/ });
    await expect(question).toContainText('The discard threshold (3) is below the spam threshold (5).');
    await expect(question.getByText(/Save thresholds that are out of order/)).toBeFocused();
    await forEachTheme(page, () => expectNoAxeViolations(page));
    await question.getByRole('button', { name: 'Keep editing' }).click();
    await expect(question).toHaveCount(0);
    expect(sets).toEqual([]);

    // Asked again; Save anyway saves what the fields hold.
    await save.click();
    await question.getByRole('button', { name: 'Save anyway' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(question).toHaveCount(0);
    expect(sets).toHaveLength(1);
    await expect(ladderStatus(page)).toHaveText(/the discard threshold \(3\) is below the spam threshold \(5\)/);
    const saved = await getSettings(request);
    expect([saved.scoreSpam, saved.scoreDiscard, saved.scoreReject]).toEqual([5, 3, 20]);
  });

  test('a change by someone else meanwhile is shown beside mine, and nothing is overwritten silently', async ({ page, request }) => {
    await openSettings(page);
    // Another administrator raises the spam threshold and sets a rules URL after the form loaded.
    const theirSpam = Number(original.scoreSpam) + 1;
    await jmap(request, [['x:SpamSettings/set', { update: { singleton: { scoreSpam: theirSpam, spamFilterRulesUrl: 'https://rules.example.com/theirs.json' } } }, '0']]);

    const sets = recordSets(page);
    await page.getByLabel('Spam threshold').fill(String(theirSpam + 1));
    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog', { name: 'Changed by someone else' });
    await expect(dialog.getByRole('row', { name: /^Spam threshold/ }).getByRole('cell')).toHaveText([
      `Theirs for Spam threshold: ${theirSpam}`,
      `Yours for Spam threshold: ${theirSpam + 1}`,
    ]);
    expect(sets).toEqual([]);
    // Mine for the threshold (I changed it), theirs for the URL (only they did).
    await dialog.getByRole('button', { name: 'Save merged' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    const saved = await getSettings(request);
    expect([saved.scoreSpam, saved.spamFilterRulesUrl]).toEqual([theirSpam + 1, 'https://rules.example.com/theirs.json']);
    // The write held only my change, computed against their values.
    expect(JSON.parse(sets[0]).methodCalls[0][1].update).toEqual({ singleton: { scoreSpam: theirSpam + 1 } });

    // Clearing the URL sends null, never "".
    await page.getByLabel('Rules URL').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => sets.length).toBe(2);
    expect(JSON.parse(sets[1]).methodCalls[0][1].update).toEqual({ singleton: { spamFilterRulesUrl: null } });
    await expect.poll(async () => (await getSettings(request)).spamFilterRulesUrl ?? null).toBeNull();
  });

  test('support sees the settings read-only', async ({ browser }) => {
    const page = await browser.newPage();
    await login(page, 'support', 'support');
    await openSettings(page);
    await expect(page.getByText(/You can view these settings but not change them/)).toBeVisible();
    await expect(page.getByLabel('Spam threshold')).toHaveAttribute('readonly', '');
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
    await expect(ladder(page)).toBeVisible();
    await page.close();
  });

  test('the settings screen passes axe in light and dark, with and without the warning', async ({ page }) => {
    test.setTimeout(90_000);
    await forEachTheme(page, async () => {
      await openSettings(page);
      await expectNoAxeViolations(page);
      await page.getByLabel('Discard threshold').fill('2');
      await page.getByLabel('Reject threshold').fill('1');
      await page.getByLabel('Spam threshold').fill('101');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByLabel('Spam threshold')).toHaveAttribute('aria-invalid', 'true');
      await expect(ladderStatus(page)).not.toHaveText('');
      await expectNoAxeViolations(page);
    });
  });
});
