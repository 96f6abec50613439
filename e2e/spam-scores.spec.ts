import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { createByApi, getByApi, jmap } from './support/jmap-api';
import { recordSets } from './support/jmap-requests';
import { login } from './support/login';
import { heading } from './support/page-heading';
import { forEachTheme } from './support/themes';

// Settings › Spam Filter › Scores: x:SpamTag, served by the generic object pages alone. Several
// workers share one sandbox and other suites classify messages with the demo tags, so the demo
// tags are only read here: every tag changed is one of this spec's own.
const uniqueTag = (label: string) => `E2E_${label}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`.toUpperCase();

const createTagByApi = (request: APIRequestContext, tag: Record<string, unknown>) => createByApi(request, 'x:SpamTag', tag);
const getTagByApi = (request: APIRequestContext, id: string) => getByApi(request, 'x:SpamTag', id);
const scoresTable = (page: Page) => page.getByRole('table', { name: 'Spam Scores' });
const rowOf = (page: Page, tag: string) => scoresTable(page).getByRole('row', { name: new RegExp(`^${tag} `) });

async function openScores(page: Page) {
  await page.goto('/settings/spam/scores');
  await expect(heading(page, 'Spam Scores')).toBeVisible();
}

test.describe('spam scores', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, 'admin');
  });

  test('lists the demo tags with their score or action, from the menu', async ({ page }) => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scores' }).click();
    await expect(heading(page, 'Spam Scores')).toBeVisible();
    await expect(page.getByText('Manage scores assigned to spam tags')).toBeVisible();
    await expect(page).toHaveTitle('Scores · Postmaster');
    const table = scoresTable(page);
    await expect(table.getByRole('columnheader')).toHaveText(['Tag name', 'Score or action', 'Actions']);
    // A Score tag shows its score; a Reject or Discard tag shows the word.
    await expect(rowOf(page, 'X_MAILER_SPAMMY').getByRole('cell')).toHaveText(['X_MAILER_SPAMMY', '5', 'Delete']);
    await expect(rowOf(page, 'SUBJ_CAPS_ONLY').getByRole('cell').nth(1)).toHaveText('0.5');
    await expect(rowOf(page, 'GTUBE').getByRole('cell').nth(1)).toHaveText('Reject');
    await expect(rowOf(page, 'SPAM_TRAP').getByRole('cell').nth(1)).toHaveText('Discard');
  });

  test('opens a tag, changes its score and saves only the score', async ({ page, request }) => {
    const tag = uniqueTag('edit');
    const id = await createTagByApi(request, { '@type': 'Score', tag, score: 1.5 });
    await openScores(page);
    await rowOf(page, tag).getByRole('link', { name: tag }).click();
    await expect(page).toHaveURL(new RegExp(`/settings/spam/scores/${id}$`));
    await expect(heading(page, `Tag ${tag}`)).toBeVisible();
    await expect(page.getByText('Tag type: Assign Score.')).toBeVisible();
    const score = page.getByLabel('Score', { exact: true });
    await expect(score).toHaveValue('1.5');

    const sets = recordSets(page);
    await score.fill('7.25');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    expect(sets).toHaveLength(1);
    expect(Object.values(JSON.parse(sets[0]).methodCalls[0][1].update)).toEqual([{ score: 7.25 }]);
    expect((await getTagByApi(request, id))?.score).toBe(7.25);

    await page.reload();
    await expect(page.getByLabel('Score', { exact: true })).toHaveValue('7.25');
    await page.getByRole('link', { name: 'Back to tags' }).click();
    await expect(rowOf(page, tag).getByRole('cell').nth(1)).toHaveText('7.25');
  });

  test('creates a Reject tag through the variant picker; the server stores the name upper-cased', async ({ page, request }) => {
    const tag = uniqueTag('reject');
    await openScores(page);
    await page.getByRole('link', { name: 'Create tag' }).click();
    await expect(heading(page, 'New tag')).toBeVisible();
    const picker = page.getByRole('group', { name: 'Tag type' });
    await expect(picker.getByRole('radio')).toHaveCount(3);
    await expect(page.getByLabel('Tag name')).toHaveCount(0);
    // Score first, then Reject: the Reject form has no score.
    await picker.getByRole('radio', { name: 'Assign Score' }).check();
    await expect(page.getByLabel('Score', { exact: true })).toBeVisible();
    await picker.getByRole('radio', { name: 'Reject' }).check();
    await expect(page).toHaveURL(/\/settings\/spam\/scores\/new\?type=Reject$/);
    await expect(page.getByLabel('Score', { exact: true })).toHaveCount(0);
    await page.getByLabel('Tag name').fill(tag.toLowerCase());
    await page.getByRole('button', { name: 'Create tag' }).click();

    await expect(heading(page, `Tag ${tag}`)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Tag created.' })).toBeVisible();
    await expect(page.getByText('Tag type: Reject.')).toBeVisible();
    await expect(page.getByLabel('Tag name')).toHaveValue(tag);
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    expect(await getTagByApi(request, id)).toMatchObject({ '@type': 'Reject', tag });
    await page.getByRole('link', { name: 'Back to tags' }).click();
    await expect(rowOf(page, tag).getByRole('cell').nth(1)).toHaveText('Reject');
  });

  test('a tag name already in use gets its error on the Tag name field', async ({ page, request }) => {
    const tag = uniqueTag('twin');
    await createTagByApi(request, { '@type': 'Score', tag, score: 1 });
    await page.goto('/settings/spam/scores/new?type=Discard');
    const name = page.getByLabel('Tag name');
    await name.fill(tag);
    await page.getByRole('button', { name: 'Create tag' }).click();
    await expect(name).toHaveAccessibleDescription(/Another tag already uses this tag name/i);
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveValue(tag);
    await expect(heading(page, 'New tag')).toBeVisible();
  });

  test('deletes a tag after a confirmation that names it', async ({ page, request }) => {
    const tag = uniqueTag('delete');
    const id = await createTagByApi(request, { '@type': 'Discard', tag });
    await openScores(page);
    await page.getByRole('button', { name: `Delete tag ${tag}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete tag' });
    await expect(dialog).toContainText(`Delete the tag ${tag}?`);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toBeHidden();
    await expect(rowOf(page, tag)).toHaveCount(0);
    const [[, answer]] = await jmap(request, [['x:SpamTag/get', { ids: [id] }, '0']]);
    expect((answer as { notFound: string[] }).notFound).toEqual([id]);
  });

  for (const role of ['support', 'viewer'] as const) {
    test(`${role} can read the tags but not create, change or delete one`, async ({ browser }) => {
      test.setTimeout(60_000);
      const page = await browser.newPage();
      await login(page, role);
      await openScores(page);
      await expect(rowOf(page, 'GTUBE')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Create tag' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^Delete tag/ })).toHaveCount(0);
      await rowOf(page, 'X_MAILER_SPAMMY').getByRole('link').click();
      await expect(page.getByText('You can view this tag but not change it.')).toBeVisible();
      await expect(page.getByLabel('Tag name')).toHaveAttribute('readonly', '');
      await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
      // The create page itself is closed to them.
      await page.goto('/settings/spam/scores/new');
      await expect(heading(page, 'New tag')).toHaveCount(0);
      await page.close();
    });
  }

  test('the list, edit and create pages pass axe in light and dark', async ({ page, request }) => {
    test.setTimeout(240_000);
    const tag = uniqueTag('axe');
    const id = await createTagByApi(request, { '@type': 'Score', tag, score: 2 });
    await forEachTheme(page, async () => {
      await openScores(page);
      await expect(rowOf(page, tag)).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto(`/settings/spam/scores/${id}`);
      await expect(page.getByLabel('Tag name')).toHaveValue(tag);
      await expectNoAxeViolations(page);

      await page.goto('/settings/spam/scores/new');
      await expect(page.getByRole('group', { name: 'Tag type' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('radio', { name: 'Assign Score' }).check();
      await page.getByRole('button', { name: 'Create tag' }).click();
      await expect(page.getByLabel('Tag name')).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page);
    });
  });
});
