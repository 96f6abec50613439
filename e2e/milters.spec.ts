import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login } from './support/login';
import { createByApi, getByApi, jmap } from './support/jmap-api';
import { recordSets, refuseNextCreate } from './support/jmap-requests';
import { heading } from './support/page-heading';
import { forEachTheme } from './support/themes';

// Several workers share one sandbox: every milter made here has a host name of its own.
const unique = (label: string) => `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}.test`;

const createMilterByApi = (request: APIRequestContext, hostname: string, port = 11332) =>
  createByApi(request, 'x:MtaMilter', { hostname, port });
const getMilterByApi = (request: APIRequestContext, id: string) => getByApi(request, 'x:MtaMilter', id);


async function openNewMilter(page: Page) {
  await page.goto('/settings/mta/milters');
  await expect(heading(page, 'Milter filters')).toBeVisible();
  await page.getByRole('link', { name: 'Create milter' }).click();
  await expect(heading(page, 'New milter')).toBeVisible();
}

test.describe('milters', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, 'admin', 'admin');
  });

  test('lists the milters with their stages, when they run, and TLS', async ({ page, request }) => {
    const hostname = unique('listed');
    await createByApi(request, 'x:MtaMilter', {
      hostname,
      port: 2600,
      useTls: true,
      allowInvalidCerts: true,
      stages: { mail: true, rcpt: true },
      enable: { match: { '0': { if: "listener == 'submission'", then: 'false' } }, else: 'true' },
    });
    await page.goto('/settings/mta/milters');
    await expect(heading(page, 'Milter filters')).toBeVisible();
    await expect(page.getByText('Manage Milter filters')).toBeVisible();
    const table = page.getByRole('table', { name: 'Milter filters' });
    await expect(table.getByRole('columnheader')).toHaveText(['Hostname', 'Port', 'Stages', 'Enabled', 'TLS', 'Actions']);
    // The demo data always has rspamd on 127.0.0.1:11332, on every stage but AUTH, always enabled, no TLS.
    const rspamd = table.getByRole('row', { name: /127\.0\.0\.1 11332 Connect, EHLO, MAIL FROM, RCPT TO, DATA/ });
    await expect(rspamd.getByRole('cell').nth(3)).toHaveText('Always');
    await expect(rspamd.getByRole('cell').nth(4)).toHaveText('No');
    // A conditional one shows its condition as text.
    const mine = table.getByRole('row', { name: new RegExp(hostname.replace(/\./g, '\\.')) });
    await expect(mine.getByRole('cell')).toHaveText([
      hostname,
      '2600',
      'MAIL FROM, RCPT TO',
      "ConditionalUnless listener == 'submission'",
      'Yes, invalid certificates allowed',
      'Delete',
    ]);
    await expect(mine.getByRole('cell').nth(3).locator('code')).toHaveText("Unless listener == 'submission'");
  });

  test('a milter on the host and port of another gets a warning before saving, and can still be created', async ({ page, request }) => {
    // Two axe scans per theme and two saves: more than the default budget on a busy machine.
    test.setTimeout(120_000);
    const hostname = unique('twin');
    await createMilterByApi(request, hostname, 2700);
    await openNewMilter(page);
    const host = page.getByLabel('Hostname');
    const port = page.getByLabel('Port', { exact: true });
    await host.fill(hostname.toUpperCase());
    await port.fill('2701');
    await expect(page.getByText(/Another milter already uses/)).toHaveCount(0);
    await port.fill('2700');
    const warning = `Another milter already uses ${hostname}:2700. Check that this is not the same filter twice.`;
    await expect(host).toHaveAccessibleDescription(new RegExp(warning.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(page.getByRole('status').filter({ hasText: warning })).toBeVisible();
    await expect(host).not.toHaveAttribute('aria-invalid', 'true');
    await forEachTheme(page, () => expectNoAxeViolations(page));

    // A warning, not an error: the create goes through, and the new milter's page says so.
    await page.getByRole('button', { name: 'Create milter' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Milter created.' })).toBeVisible();
    await expect(page.getByLabel('Hostname')).toHaveValue(hostname.toUpperCase());
    await forEachTheme(page, () => expectNoAxeViolations(page));
    await page.getByRole('link', { name: 'Back to milters' }).click();

    // On its edit page the twin is still warned about; once moved, a milter is no duplicate of itself.
    await page.getByRole('link', { name: hostname.toUpperCase(), exact: true }).click();
    await expect(page.getByLabel('Hostname')).toHaveValue(hostname.toUpperCase());
    await expect(page.getByLabel('Hostname')).toHaveAccessibleDescription(/Another milter already uses/);
    await page.getByLabel('Port', { exact: true }).fill('2702');
    await expect(page.getByText(/Another milter already uses/)).toHaveCount(0);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Port', { exact: true })).toHaveValue('2702');
    await expect(page.getByText(/Another milter already uses/)).toHaveCount(0);
  });

  test('unit fields refuse absurd amounts with the real bound, next to the field', async ({ page }) => {
    test.setTimeout(90_000);
    await openNewMilter(page);
    const sets = recordSets(page);
    await page.getByLabel('Hostname').fill(unique('bounds'));
    const response = page.getByRole('textbox', { name: 'Max Response', exact: true });
    await response.fill('1e9');
    await page.getByRole('combobox', { name: 'Max Response Unit' }).selectOption('MB');
    const connect = page.getByRole('textbox', { name: 'Connection', exact: true });
    await connect.fill('1e12');
    await page.getByRole('combobox', { name: 'Connection Unit' }).selectOption('d');
    await page.getByRole('button', { name: 'Create milter' }).click();
    // A milter reply's length travels in 32 bits; durations end at the largest exact integer.
    await expect(response).toHaveAccessibleDescription(/Must be at most 4,294,967,295 bytes \(4\.0 GB\)/);
    await expect(response).toHaveAttribute('aria-invalid', 'true');
    await expect(response).toBeFocused();
    await expect(connect).toHaveAccessibleDescription(/Must be at most 104,249,991 days/);
    await expect(response).toHaveValue('1e9');
    await forEachTheme(page, () => expectNoAxeViolations(page));

    // Within the bounds, the create goes through.
    await response.fill('4');
    await page.getByRole('combobox', { name: 'Max Response Unit' }).selectOption('GB');
    await expect(response).toHaveAccessibleDescription(/Must be at most 4,294,967,295 bytes/);
    await response.fill('3');
    await connect.fill('30');
    await page.getByRole('combobox', { name: 'Connection Unit' }).selectOption('s');
    expect(sets).toEqual([]);
    await page.getByRole('button', { name: 'Create milter' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Milter created.' })).toBeVisible();
    expect(sets).toHaveLength(1);
    const create = Object.values(JSON.parse(sets[0]).methodCalls[0][1].create)[0] as Record<string, unknown>;
    expect([create.maxResponseSize, create.timeoutConnect]).toEqual([3 * 1024 ** 3, 30000]);
  });

  test('creates, edits and deletes a milter', async ({ page, request }) => {
    const hostname = unique('create');
    await openNewMilter(page);
    await page.getByLabel('Hostname').fill(hostname);
    await page.getByLabel('Port', { exact: true }).fill('2525');
    await page.getByRole('checkbox', { name: 'RCPT TO' }).check();
    await page.getByRole('button', { name: 'Create milter' }).click();

    // The new milter's page shows what the server stored, read back in the create's own request.
    await expect(heading(page, `Milter ${hostname}:2525`)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Milter created.' })).toHaveText('Milter created. These are the values the server stored.');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Data', exact: true })).toHaveValue('1');
    await expect(page.getByRole('combobox', { name: 'Data Unit' })).toHaveValue('min');
    await page.getByRole('link', { name: 'Back to milters' }).click();
    await expect(heading(page, 'Milter filters')).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(hostname.replace(/\./g, '\\.')) });
    await expect(row.getByRole('cell')).toHaveText([hostname, '2525', 'RCPT TO, DATA', 'Always', 'No', 'Delete']);

    // Edit: change the port and a timeout; only those go to the server.
    const sets = recordSets(page);
    await row.getByRole('link', { name: hostname }).click();
    await expect(heading(page, `Milter ${hostname}:2525`)).toBeVisible();
    await page.getByLabel('Port', { exact: true }).fill('2626');
    await page.getByRole('textbox', { name: 'Command', exact: true }).fill('45');
    await page.getByRole('combobox', { name: 'Command Unit' }).selectOption('s');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(heading(page, `Milter ${hostname}:2626`)).toBeVisible();
    // One write, holding only the two changed properties, and no state (a real server keeps none).
    expect(sets).toHaveLength(1);
    const call = JSON.parse(sets[0]).methodCalls[0];
    expect(Object.values(call[1].update)).toEqual([{ port: 2626, timeoutCommand: 45000 }]);
    expect(sets[0]).not.toContain('ifInState');

    await page.reload();
    await expect(page.getByLabel('Port', { exact: true })).toHaveValue('2626');
    await expect(page.getByRole('textbox', { name: 'Command', exact: true })).toHaveValue('45');

    // Delete from the list, after a confirmation that names the milter.
    await page.getByRole('link', { name: 'Back to milters' }).click();
    await page.getByRole('button', { name: `Delete milter ${hostname}:2626` }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete milter' });
    await expect(dialog).toContainText(`Delete the milter ${hostname}:2626?`);
    await expect(dialog).toContainText('It runs at these SMTP stages: RCPT TO, DATA. Messages will no longer be passed to it there.');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: new RegExp(hostname.replace(/\./g, '\\.')) })).toHaveCount(0);
    const [[, all]] = await jmap(request, [['x:MtaMilter/get', { ids: null, properties: ['hostname'] }, '0']]);
    expect((all as { list: { hostname: string }[] }).list.map((m) => m.hostname)).not.toContain(hostname);
  });

  test('cancelling the delete keeps the milter', async ({ page, request }) => {
    const hostname = unique('keep');
    const id = await createMilterByApi(request, hostname);
    await page.goto('/settings/mta/milters');
    await page.getByRole('button', { name: `Delete milter ${hostname}:11332` }).click();
    await page.getByRole('dialog', { name: 'Delete milter' }).getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByRole('link', { name: hostname })).toBeVisible();
    expect(await getMilterByApi(request, id)).toBeDefined();
  });

  test('invalid input shows its error next to the field and sends nothing', async ({ page }) => {
    await openNewMilter(page);
    const sets = recordSets(page);
    const create = page.getByRole('button', { name: 'Create milter' });
    const hostname = page.getByLabel('Hostname');
    const port = page.getByLabel('Port', { exact: true });

    // Empty host name.
    await create.click();
    await expect(hostname).toHaveAccessibleDescription(/This field is required/);

    // Port below and above its range.
    await hostname.fill(unique('invalid'));
    await port.fill('0');
    await create.click();
    await expect(port).toHaveAccessibleDescription(/Must be at least 1/);
    await expect(port).toBeFocused();
    await expect(hostname).not.toHaveAttribute('aria-invalid', 'true');
    await port.fill('70000');
    await expect(port).toHaveAccessibleDescription(/Must be at most 65535/);
    await create.click();

    // A zero duration.
    await port.fill('11332');
    const connect = page.getByRole('textbox', { name: 'Connection', exact: true });
    await connect.fill('0');
    await create.click();
    await expect(connect).toHaveAccessibleDescription(/Enter a duration greater than zero/);

    // No stage.
    await connect.fill('30');
    await page.getByRole('checkbox', { name: 'DATA' }).uncheck();
    await create.click();
    await expect(page.getByRole('checkbox', { name: 'DATA' })).toHaveAccessibleDescription(/Choose at least 1/);
    await expect(page.getByRole('checkbox', { name: 'Connect' })).toHaveAttribute('aria-invalid', 'true');

    await expect(heading(page, 'New milter')).toBeVisible();
    expect(sets).toEqual([]);
  });

  test('a concurrent change opens the conflict dialog, and Keep yours saves over it', async ({ page, request }) => {
    const hostname = unique('conflict');
    const id = await createMilterByApi(request, hostname, 3000);
    await page.goto(`/settings/mta/milters/${id}`);
    const port = page.getByLabel('Port', { exact: true });
    await expect(port).toHaveValue('3000');

    // Someone else changes the same milter between loading and saving.
    await jmap(request, [['x:MtaMilter/set', { update: { [id]: { port: 3100 } } }, '0']]);

    const sets = recordSets(page);
    await port.fill('3200');
    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog', { name: 'Changed by someone else' });
    await expect(dialog).toBeVisible();
    // Nothing was written: the save read the milter again first and found the change.
    expect(sets).toEqual([]);
    const portRow = dialog.getByRole('row', { name: /^Port/ });
    await expect(portRow.getByRole('cell')).toHaveText(['Theirs for Port: 3100', 'Yours for Port: 3200']);
    await expect(dialog.getByRole('radio', { name: 'Yours for Port: 3200' })).toBeChecked();
    await forEachTheme(page, () => expectNoAxeViolations(page));
    await dialog.getByRole('button', { name: 'Keep yours' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    expect((await getMilterByApi(request, id))?.port).toBe(3200);
    expect(sets.join('')).not.toContain('ifInState');
  });

  test('Keep theirs takes the server values, and keeps my other changes', async ({ page, request }) => {
    const hostname = unique('theirs');
    const id = await createMilterByApi(request, hostname, 4000);
    await page.goto(`/settings/mta/milters/${id}`);
    const port = page.getByLabel('Port', { exact: true });
    await expect(port).toHaveValue('4000');
    await jmap(request, [['x:MtaMilter/set', { update: { [id]: { port: 4100 } } }, '0']]);

    await port.fill('4200');
    await page.getByRole('textbox', { name: 'Data', exact: true }).fill('90');
    await page.getByRole('combobox', { name: 'Data Unit' }).selectOption('s');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('dialog', { name: 'Changed by someone else' }).getByRole('button', { name: 'Keep theirs' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(port).toHaveValue('4100');
    const saved = await getMilterByApi(request, id);
    expect([saved?.port, saved?.timeoutData]).toEqual([4100, 90000]);
  });

  test('merges field by field: theirs for one field, mine for another', async ({ page, request }) => {
    const hostname = unique('merge');
    const id = await createMilterByApi(request, hostname, 4500);
    await page.goto(`/settings/mta/milters/${id}`);
    const port = page.getByLabel('Port', { exact: true });
    await expect(port).toHaveValue('4500');
    // They change the port and turn TLS on; I change the port and the command timeout.
    await jmap(request, [['x:MtaMilter/set', { update: { [id]: { port: 4600, useTls: true } } }, '0']]);

    await port.fill('4700');
    await page.getByRole('textbox', { name: 'Command', exact: true }).fill('20');
    await page.getByRole('combobox', { name: 'Command Unit' }).selectOption('s');
    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog', { name: 'Changed by someone else' });
    // Only they changed TLS, so theirs is chosen there; both changed the port, so mine is.
    await expect(dialog.getByRole('radio', { name: 'Theirs for Enable TLS: On' })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: 'Yours for Port: 4700' })).toBeChecked();
    await dialog.getByRole('radio', { name: 'Theirs for Port: 4600' }).check();
    await dialog.getByRole('radio', { name: 'Yours for Enable TLS: Off' }).check();
    await dialog.getByRole('button', { name: 'Save merged' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    const saved = await getMilterByApi(request, id);
    expect([saved?.port, saved?.useTls, saved?.timeoutCommand]).toEqual([4600, false, 20000]);
  });

  test('Keep editing closes the dialog without saving; the next save meets the change again', async ({ page, request }) => {
    const id = await createMilterByApi(request, unique('dismiss'), 4800);
    await page.goto(`/settings/mta/milters/${id}`);
    const port = page.getByLabel('Port', { exact: true });
    await expect(port).toHaveValue('4800');
    await jmap(request, [['x:MtaMilter/set', { update: { [id]: { port: 4810 } } }, '0']]);
    await port.fill('4820');
    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog', { name: 'Changed by someone else' });
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(dialog).toBeHidden();
    await expect(port).toHaveValue('4820');
    expect((await getMilterByApi(request, id))?.port).toBe(4810);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeVisible();
  });

  test('a change to another milter is not a conflict', async ({ page, request }) => {
    const mine = await createMilterByApi(request, unique('mine'), 5000);
    const other = await createMilterByApi(request, unique('other'), 5001);
    await page.goto(`/settings/mta/milters/${mine}`);
    const port = page.getByLabel('Port', { exact: true });
    await expect(port).toHaveValue('5000');
    await jmap(request, [['x:MtaMilter/set', { update: { [other]: { port: 5002 } } }, '0']]);

    await port.fill('5003');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect((await getMilterByApi(request, mine))?.port).toBe(5003);
  });

  test('server-side errors land on their fields', async ({ page }) => {
    await openNewMilter(page);
    const hostname = page.getByLabel('Hostname');
    await hostname.fill(unique('server-error'));
    // What only the server checks: here it refuses the host name and the port of this create.
    const answered = await refuseNextCreate(page, 'x:MtaMilter', {
      type: 'validationFailed',
      validationErrors: [
        { type: 'Invalid', property: 'hostname', value: 'x' },
        { type: 'MaxValue', property: 'port', required: 1024 },
      ],
    });
    await page.getByRole('button', { name: 'Create milter' }).click();
    await expect(hostname).toHaveAccessibleDescription(/Enter a valid value \(the server refused “x”\)/);
    await expect(hostname).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Port', { exact: true })).toHaveAccessibleDescription(/Must be at most 1024/);
    await expect(heading(page, 'New milter')).toBeVisible();
    expect(answered()).toBe(true);
  });

  test('support can read a milter but not change, create or delete one', async ({ browser }) => {
    // A second browser context and sign-in: more than the default budget on a busy machine.
    test.setTimeout(60_000);
    const page = await browser.newPage();
    await login(page, 'support', 'support');
    await page.goto('/settings/mta/milters');
    await expect(heading(page, 'Milter filters')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create milter' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Delete milter/ })).toHaveCount(0);
    await page.getByRole('link', { name: '127.0.0.1' }).first().click();
    await expect(page.getByText('You can view this milter but not change it.')).toBeVisible();
    await expect(page.getByLabel('Hostname')).toHaveAttribute('readonly', '');
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
    await page.close();
  });

  test('every milter screen passes axe in light and dark', async ({ page, request }) => {
    // Ten whole-page scans: on a machine shared with other suites, two minutes is not always enough.
    test.setTimeout(240_000);
    const hostname = unique('axe');
    const id = await createMilterByApi(request, hostname);
    await forEachTheme(page, async () => {
      await page.goto('/settings/mta/milters');
      await expect(page.getByRole('link', { name: hostname })).toBeVisible();
      await expectNoAxeViolations(page);

      await page.getByRole('button', { name: `Delete milter ${hostname}:11332` }).click();
      await expect(page.getByRole('dialog', { name: 'Delete milter' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.goto('/settings/mta/milters/new');
      await expect(heading(page, 'New milter')).toBeVisible();
      await expectNoAxeViolations(page);
      // With errors shown and a condition row added.
      await page.getByRole('button', { name: 'Add condition' }).click();
      await page.getByLabel('Port', { exact: true }).fill('0');
      await page.getByRole('button', { name: 'Create milter' }).click();
      await expect(page.getByLabel('Port', { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page);

      await page.goto(`/settings/mta/milters/${id}`);
      await expect(page.getByLabel('Hostname')).toHaveValue(hostname);
      await expectNoAxeViolations(page);
    });
  });
});
