import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login } from './support/login';
import { createByApi, getByApi, jmap } from './support/jmap-api';
import { recordSets, refuseNextCreate } from './support/jmap-requests';
import { heading } from './support/page-heading';
import { forEachTheme } from './support/themes';

// Several workers share one sandbox: every rule made here has a name of its own, and the demo
// rules are never changed (other suites classify messages with them).
const uniqueName = (label: string) => `E2E_${label}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`.toUpperCase();

async function createRuleByApi(request: APIRequestContext, name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const rule = { '@type': 'Header', name, priority: 700, condition: { match: { '0': { if: "name_lower == 'x-e2e'", then: `'${name}'` } }, else: 'false' }, ...extra };
  return createByApi(request, 'x:SpamRule', rule);
}

const getRuleByApi = (request: APIRequestContext, id: string) => getByApi(request, 'x:SpamRule', id);

const rulesTable = (page: Page) => page.getByRole('table', { name: 'Spam filter rules' });

/** Texts of one column on the current page. */
async function column(page: Page, index: number): Promise<string[]> {
  return rulesTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .evaluateAll((rows, i) => rows.map((row) => (row as HTMLTableRowElement).cells[i]?.innerText.trim() ?? ''), index);
}

const sorted = (values: number[], direction: 1 | -1) => values.every((v, i) => i === 0 || (v - values[i - 1]) * direction >= 0);

async function openNewRule(page: Page, type: string) {
  await page.goto('/settings/spam/rules');
  await page.getByRole('link', { name: 'Create rule' }).click();
  await expect(heading(page, 'New spam rule')).toBeVisible();
  await page.getByRole('group', { name: 'Rule type' }).getByRole('radio', { name: type, exact: true }).check();
  await expect(page.getByRole('group', { name: 'Rule Configuration' })).toBeVisible();
}

test.describe('spam rules', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, 'admin', 'admin');
  });

  test('searches, filters, sorts and pages over all rules, all kept in the URL', async ({ page, request }) => {
    test.setTimeout(90_000);
    const name = uniqueName('listed');
    await createRuleByApi(request, name, { description: 'Flags the e2e marker header', enable: false, priority: -99999 });
    await page.goto('/settings/spam/rules');
    await expect(heading(page, 'Rules')).toBeVisible();
    await expect(page.getByText('Manage spam filter rules')).toBeVisible();
    // Without a chosen sort: the order the rules run in, by priority.
    await expect(rulesTable(page).getByRole('columnheader')).toHaveText(['Rule ID↕', 'Description', 'Type↕', 'Priority▲', 'Enabled↕', 'Actions']);

    // Paging: 20 per page, with the total of all rules.
    const pages = page.getByRole('navigation', { name: 'Rule pages' });
    await expect(pages.getByText(/^1–20 of \d+$/)).toBeVisible();
    const firstPage = (await column(page, 3)).map(Number);
    await pages.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/[?&]page=2\b/);
    await expect(pages.getByText(/^21–\d+ of \d+$/)).toBeVisible();
    // Sorted over all rules, not page by page: page 2 starts where page 1 ended.
    expect((await column(page, 3)).map(Number)[0]).toBeGreaterThanOrEqual(firstPage[firstPage.length - 1]);

    // Sorting by priority descending; a new sort starts on page 1.
    await page.getByRole('button', { name: 'Priority', exact: true }).click();
    await expect(page).toHaveURL(/sort=priority&dir=desc/);
    await expect(page).not.toHaveURL(/page=/);
    await expect(page.getByRole('columnheader', { name: 'Priority' })).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(async () => sorted((await column(page, 3)).map(Number), -1)).toBe(true);

    // Sorting by Rule ID, type and enabled.
    await page.getByRole('button', { name: 'Rule ID', exact: true }).click();
    await expect(page).toHaveURL(/sort=name&dir=asc/);
    await expect.poll(async () => {
      const names = await column(page, 0);
      return names.every((n, i) => i === 0 || names[i - 1].localeCompare(n, undefined, { sensitivity: 'base', numeric: true }) <= 0);
    }).toBe(true);
    await page.getByRole('button', { name: 'Type', exact: true }).click();
    await expect(page).toHaveURL(/sort=type&dir=asc/);
    await expect.poll(async () => (await column(page, 2))[0]).toBe('Any');
    await page.getByRole('button', { name: 'Enabled', exact: true }).click();
    await expect(page).toHaveURL(/sort=enabled&dir=asc/);
    await expect(rulesTable(page).getByRole('row').nth(1).getByRole('switch')).toHaveAttribute('aria-checked', 'false');

    // Search by any part of the description (a real server's name filter matches only whole IDs).
    await page.getByRole('searchbox', { name: 'Search' }).fill('e2e marker');
    await expect(page).toHaveURL(/q=e2e\+marker|q=e2e%20marker/);
    await expect.poll(async () => column(page, 0)).toEqual([name]);
    await expect(rulesTable(page).getByRole('row', { name: new RegExp(name) }).getByRole('cell').nth(1)).toHaveText('Flags the e2e marker header');
    // … or by any part of the ID, in any case.
    await page.getByRole('searchbox', { name: 'Search' }).fill('url_');
    await expect.poll(async () => {
      const names = await column(page, 0);
      return names.length > 0 && names.every((n) => n.includes('URL_'));
    }).toBe(true);

    // Filters by type and by enabled.
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByLabel('Type', { exact: true }).selectOption('Header');
    await page.getByLabel('Enabled', { exact: true }).selectOption('no');
    await expect(page).toHaveURL(/type=Header/);
    await expect(page).toHaveURL(/enabled=no/);
    await expect.poll(async () => new Set(await column(page, 2))).toEqual(new Set(['Header']));
    await expect(rulesTable(page).getByRole('switch', { checked: true })).toHaveCount(0);
    await expect(rulesTable(page).getByRole('link', { name })).toBeVisible();

    // Reloading keeps all of it.
    await page.reload();
    await expect(page.getByLabel('Type', { exact: true })).toHaveValue('Header');
    await expect(page.getByLabel('Enabled', { exact: true })).toHaveValue('no');
    await expect(page.getByRole('columnheader', { name: 'Enabled' })).toHaveAttribute('aria-sort', 'ascending');
    await page.getByRole('searchbox', { name: 'Search' }).fill('NO_RULE_HAS_THIS_NAME');
    await expect(page.getByText('No rules match these filters.')).toBeVisible();
  });

  test('an unexpected answer is a message naming the method and the property, not a blank screen', async ({ page }) => {
    // A server that breaks the API: the sandbox never does, so this one answer is played here.
    await page.route('**/jmap/', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('x:SpamRule/get')) return route.fallback();
      const response = await route.fetch();
      const json = await response.json();
      for (const [name, args] of json.methodResponses) if (name === 'x:SpamRule/get') args.list[2].priority = 'high';
      await route.fulfill({ response, json });
    });
    await page.goto('/settings/spam/rules');
    const banner = page.getByRole('alert').filter({ hasText: 'Cannot load the rules' });
    // The list retries once before it gives up, hence the longer wait.
    await expect(banner).toContainText('x:SpamRule/get answered an unexpected value at list/2/priority', { timeout: 20_000 });
    await expect(banner.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  test('rule IDs are links without an underline', async ({ page }) => {
    await page.goto('/settings/spam/rules');
    const link = rulesTable(page).getByRole('link').first();
    await expect(link).toBeVisible();
    expect(await link.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none');
  });

  test('opens a rule by its exact ID, written as the server stores it', async ({ page, request }) => {
    const name = uniqueName('jump');
    const id = await createRuleByApi(request, name);
    await page.goto('/settings/spam/rules');
    const jump = page.getByRole('search', { name: 'Open a rule by its ID' });
    // Lower case and spaces: the server's exact name filter is asked for the stored form.
    await jump.getByLabel('Rule ID').fill(` ${name.toLowerCase().slice(0, 5)} ${name.toLowerCase().slice(5)}`);
    await jump.getByRole('button', { name: 'Open' }).click();
    await expect(page).toHaveURL(new RegExp(`/settings/spam/rules/${id}$`));
    await expect(heading(page, `Rule ${name}`)).toBeVisible();

    await page.goBack();
    await jump.getByLabel('Rule ID').fill(`${name}_MISSING`);
    await jump.getByRole('button', { name: 'Open' }).click();
    await expect(jump.getByRole('status')).toHaveText(`No rule has the ID ${name}_MISSING.`);
  });

  test('creates a rule through the rule type picker, edits it and deletes it', async ({ page, request }) => {
    test.setTimeout(90_000);
    const name = uniqueName('create');
    await openNewRule(page, 'Header');
    await expect(page.getByRole('radio', { name: 'Header', exact: true })).toHaveAccessibleDescription('Evaluated once per header');
    await expect(page).toHaveURL(/type=Header/);

    await page.getByLabel('Condition 1', { exact: true }).fill("name_lower == 'x-e2e-test'");
    await page.getByLabel('Result 1', { exact: true }).fill(`'${name}'`);
    // Typed in lower case with spaces: the form shows the ID as the server will store it.
    const typed = `${name.toLowerCase().slice(0, 4)} ${name.toLowerCase().slice(4)}`;
    await page.getByLabel('Rule ID').fill(typed);
    await expect(page.getByLabel('Rule ID')).toHaveAccessibleDescription(new RegExp(`Stored as ${name}`));
    await page.getByLabel('Description').fill('Created by the end-to-end suite');
    await page.getByLabel('Priority', { exact: true }).fill('750');
    await page.getByRole('button', { name: 'Create rule' }).click();

    // The new rule's page shows what was stored, and says where that differs from what was typed.
    await expect(heading(page, `Rule ${name}`)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Rule created.' })).toHaveText(
      `Rule created. The server stored some values differently: Rule ID “${typed}” was stored as “${name}”.`,
    );
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByLabel('Rule ID')).toHaveValue(name);
    await page.getByRole('link', { name: 'Back to rules' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill(name);
    const row = rulesTable(page).getByRole('row', { name: new RegExp(name) });
    await expect(row.getByRole('cell')).toHaveText([name, 'Created by the end-to-end suite', 'Header', '750', 'On', 'Delete']);
    await expect(row.getByRole('switch', { name: `Enable rule ${name}` })).toHaveAttribute('aria-checked', 'true');

    // Edit: the Rule ID cannot change any more; description and priority can.
    await row.getByRole('link', { name }).click();
    await expect(heading(page, `Rule ${name}`)).toBeVisible();
    await expect(page.getByText('Rule type: Header.')).toBeVisible();
    await expect(page.getByLabel('Rule ID')).toHaveAttribute('readonly', '');
    await page.getByLabel('Description').fill('Edited by the end-to-end suite');
    await page.getByLabel('Priority', { exact: true }).fill('-20');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Description')).toHaveValue('Edited by the end-to-end suite');
    await expect(page.getByLabel('Priority', { exact: true })).toHaveValue('-20');

    // Clearing the description sends null (a real server refuses "" for a string).
    const sets = recordSets(page);
    await page.getByLabel('Description').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    expect(Object.values(JSON.parse(sets[0]).methodCalls[0][1].update)).toEqual([{ description: null }]);
    expect((await getRuleByApi(request, (page.url().split('/').pop() ?? '')))?.description ?? null).toBeNull();

    // Delete after a confirmation that names the rule.
    await page.getByRole('link', { name: 'Back to rules' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill(name);
    await page.getByRole('button', { name: `Delete rule ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete rule' });
    await expect(dialog).toContainText(`Delete the rule ${name}?`);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('No rules match these filters.')).toBeVisible();
    const [[, found]] = await jmap(request, [['x:SpamRule/query', { filter: { name } }, '0']]);
    expect((found as { ids: string[] }).ids).toEqual([]);
  });

  test('the enable switch updates at once and stays changed', async ({ page, request }) => {
    const name = uniqueName('toggle');
    const id = await createRuleByApi(request, name);
    await page.goto(`/settings/spam/rules?q=${name}`);
    const toggle = page.getByRole('switch', { name: `Enable rule ${name}` });
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await expect.poll(async () => (await getRuleByApi(request, id))?.enable).toBe(false);
    await page.reload();
    await expect(page.getByRole('switch', { name: `Enable rule ${name}` })).toHaveAttribute('aria-checked', 'false');
    // The keyboard works too.
    await page.getByRole('switch', { name: `Enable rule ${name}` }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('switch', { name: `Enable rule ${name}` })).toHaveAttribute('aria-checked', 'true');
    await expect.poll(async () => (await getRuleByApi(request, id))?.enable).toBe(true);
  });

  test('the enable switch rolls back when the server refuses', async ({ page, request }) => {
    const name = uniqueName('rollback');
    const id = await createRuleByApi(request, name);
    await page.goto(`/settings/spam/rules?q=${name}`);
    const toggle = page.getByRole('switch', { name: `Enable rule ${name}` });
    await expect(toggle).toHaveAttribute('aria-checked', 'true');

    // The server answers this one /set with a SetError, after a pause that shows the optimistic state.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/jmap/', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('x:SpamRule/set')) return route.continue();
      const callId = JSON.parse(body).methodCalls[0][2];
      await held;
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          methodResponses: [['x:SpamRule/set', { accountId: 'b', notUpdated: { [id]: { type: 'forbidden', description: 'Rules are locked for maintenance' } } }, callId]],
          sessionState: 'x',
        }),
      });
    });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    release();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByRole('alert').filter({ hasText: `Could not disable rule ${name}` })).toContainText('Rules are locked for maintenance');
    expect((await getRuleByApi(request, id))?.enable).toBe(true);
  });

  test('invalid input shows its error next to the field and sends nothing', async ({ page }) => {
    await openNewRule(page, 'Any');
    const sets = recordSets(page);
    await page.getByLabel('Condition 1', { exact: true }).fill('true');
    await page.getByLabel('Result 1', { exact: true }).fill("'E2E_INVALID'");
    await page.getByLabel('Rule ID').fill(uniqueName('invalid'));
    const priority = page.getByLabel('Priority', { exact: true });
    await priority.fill('100000');
    await page.getByRole('button', { name: 'Create rule' }).click();
    await expect(priority).toHaveAccessibleDescription(/Must be at most 99999/);
    await expect(priority).toHaveAttribute('aria-invalid', 'true');

    // An empty condition row is refused too.
    await priority.fill('10');
    await page.getByLabel('Condition 1', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Create rule' }).click();
    await expect(page.getByLabel('Condition 1', { exact: true })).toHaveAccessibleDescription(/Enter a condition/);
    await expect(heading(page, 'New spam rule')).toBeVisible();
    expect(sets).toEqual([]);
  });

  test('server-side errors land on their fields: a Rule ID in use, a condition the server refuses', async ({ page, request }) => {
    const taken = uniqueName('taken');
    await createRuleByApi(request, taken);
    await openNewRule(page, 'Header');
    await page.getByLabel('Condition 1', { exact: true }).fill("name_lower == 'x-dup'");
    await page.getByLabel('Result 1', { exact: true }).fill(`'${taken}'`);
    const ruleId = page.getByLabel('Rule ID');
    await ruleId.fill(taken);
    await page.getByRole('button', { name: 'Create rule' }).click();
    await expect(ruleId).toHaveAccessibleDescription(/Another rule already uses this Rule ID/);
    await expect(ruleId).toHaveAttribute('aria-invalid', 'true');

    // The same ID typed in lower case with spaces is the same stored ID: a clash too.
    await ruleId.fill(`${taken.slice(0, 4).toLowerCase()} ${taken.slice(4).toLowerCase()}`);
    await page.getByRole('button', { name: 'Create rule' }).click();
    await expect(ruleId).toHaveAccessibleDescription(/Another rule already uses this Rule ID/);

    // An expression the server refuses on compiling. The form runs the same checker the sandbox
    // does and never sends what it refuses, so the server's answer is played here, in the shape
    // Stalwart 0.16 gives it: validationFailed, the message in validationErrors[0].value, no description.
    await ruleId.fill(uniqueName('refused'));
    await refuseNextCreate(page, 'x:SpamRule', {
      type: 'validationFailed',
      properties: ['condition'],
      validationErrors: [{ type: 'Invalid', property: 'condition', value: 'Unknown function "lookup_tag"' }],
    });
    await page.getByRole('button', { name: 'Create rule' }).click();
    const conditionField = page.getByRole('group', { name: 'Rule (required)', exact: true });
    await expect(conditionField).toHaveAccessibleDescription(/The expression is not valid: Unknown function "lookup_tag"/);
    await expect(page.getByLabel('Otherwise', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(ruleId).not.toHaveAttribute('aria-invalid', 'true');
    await expect(heading(page, 'New spam rule')).toBeVisible();
  });

  test('support sees the rules read-only', async ({ browser, request }) => {
    const name = uniqueName('readonly');
    await createRuleByApi(request, name);
    const page = await browser.newPage();
    await login(page, 'support', 'support');
    await page.goto(`/settings/spam/rules?q=${name}`);
    await expect(rulesTable(page).getByRole('link', { name })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create rule' })).toHaveCount(0);
    await expect(page.getByRole('switch')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Delete rule/ })).toHaveCount(0);
    await expect(rulesTable(page).getByRole('row', { name: new RegExp(name) }).getByRole('cell').nth(4)).toHaveText('Yes');
    await rulesTable(page).getByRole('link', { name }).click();
    await expect(page.getByText(/You can view this rule but not change it/)).toBeVisible();
    await expect(page.getByLabel('Priority', { exact: true })).toHaveAttribute('readonly', '');
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
    await page.close();
  });

  test('every rule screen passes axe in light and dark', async ({ page, request }) => {
    test.setTimeout(120_000);
    const name = uniqueName('axe');
    const id = await createRuleByApi(request, name);
    await forEachTheme(page, async () => {
      await page.goto('/settings/spam/rules');
      await expect(rulesTable(page)).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto(`/settings/spam/rules?q=${name}`);
      await page.getByRole('button', { name: `Delete rule ${name}` }).click();
      await expect(page.getByRole('dialog', { name: 'Delete rule' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.goto('/settings/spam/rules/new');
      await expect(page.getByRole('group', { name: 'Rule type' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('radio', { name: 'E-mail' }).check();
      await page.getByRole('button', { name: 'Create rule' }).click();
      await expect(page.getByLabel('Rule ID')).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page);

      await page.goto(`/settings/spam/rules/${id}`);
      await expect(page.getByLabel('Rule ID')).toHaveValue(name);
      await expectNoAxeViolations(page);
    });
  });
});
