// The queue at a glance: each row tells the truth about the recipients the filter is about, a
// cancelled recipient reads as cancelled, subjects and headers come from the message itself, the
// list fits a large screen, "Back to the queue" returns to the same view, and disabled buttons
// look disabled. Runs on a sandbox of its own (the same demo data as the shared one, seed 1).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { jmapArgs } from './support/jmap-api';
import { login } from './support/login';
import { workerSandbox } from './support/worker-sandbox';

test.use({ timezoneId: 'UTC', viewport: { width: 1440, height: 900 } });
// Each test signs in and reads several screens of its own sandbox.
test.describe.configure({ timeout: 90_000 });

const sandbox = workerSandbox();
const at = sandbox.at;

interface Status {
  '@type': string;
  responseCode?: number;
  responseEnhanced?: string;
  responseMessage?: string;
}
interface QueuedMessage {
  id: string;
  blobId: string;
  returnPath: string;
  recipients: Record<string, { status: Status }>;
}

async function api(playwright: { request: { newContext(o: { baseURL: string }): Promise<APIRequestContext> } }) {
  return playwright.request.newContext({ baseURL: sandbox.url });
}

async function getMessage(request: APIRequestContext, id: string): Promise<QueuedMessage> {
  const [got] = await jmapArgs(request, [['x:QueuedMessage/get', { ids: [id] }]]);
  return (got as { list: QueuedMessage[] }).list[0]!;
}

async function signIn(page: Page, user = 'admin'): Promise<void> {
  await page.goto(at('/sign-in'));
  await login(page, user, user);
}

const messageRows = (page: Page) =>
  page.getByRole('table', { name: /queued messages/i }).getByRole('row').filter({ has: page.getByRole('rowheader') });
const rowOf = (page: Page, id: string) => messageRows(page).filter({ has: page.getByRole('rowheader', { name: new RegExp(`ID ${id}$`) }) });

const reply = (s: Status) => [s.responseCode, s.responseEnhanced, s.responseMessage].filter((p) => p !== undefined && p !== '').join(' ');

test('a row filtered on a recipient shows that recipient first, with its own status and reply', async ({ page, playwright }) => {
  // The reported case: message caaaaaal, filtered on bob@example.net, showed another recipient's
  // "550 5.1.1 … unknown user" beside bob, whose own reply was "451 4.7.1 Greylisted".
  const request = await api(playwright);
  const message = await getMessage(request, 'caaaaaal');
  const bob = message.recipients['bob@example.net']!.status;
  expect(bob.responseCode).toBe(451);
  const others = Object.entries(message.recipients).filter(([address]) => address !== 'bob@example.net');
  expect(others.some(([, r]) => r.status.responseCode === 550)).toBe(true);

  await signIn(page);
  await page.goto(at('/management/queue?rcpt=bob%40example.net'));
  const row = rowOf(page, 'caaaaaal');
  const recipients = row.getByRole('cell').nth(1);
  // First line: bob, his status, his reply, nothing of anyone else's.
  const first = recipients.getByTitle(/^bob@example\.net/);
  await expect(first).toHaveAttribute('title', `bob@example.net: ${reply(bob)}`);
  await expect(first).toContainText('Temporary failure');
  await expect(first).toContainText('bob@example.net');
  await expect(first).toContainText('451 4.7.1');
  await expect(first).not.toContainText('550');
  await expect(recipients).not.toContainText('550');
  await expect(page.getByRole('columnheader', { name: 'Last error' })).toHaveCount(0);
  await request.dispose();
});

test('a cancelled recipient reads as cancelled, with no retry time, in the list and the message', async ({ page, playwright }) => {
  const request = await api(playwright);
  const message = await getMessage(request, 'caaaaaal');
  const pending = Object.entries(message.recipients).filter(([, r]) => r.status['@type'] === 'Scheduled' || r.status['@type'] === 'TemporaryFailure');
  expect(pending.length).toBeGreaterThanOrEqual(2);
  const address = pending.find(([a]) => a !== 'bob@example.net')![0];

  await signIn(page);
  await page.goto(at('/management/queue/caaaaaal'));
  await page.getByRole('checkbox', { name: `Select recipient ${address}` }).check();
  await page.getByRole('button', { name: 'Cancel selected recipients' }).click();
  await page.getByRole('dialog', { name: 'Cancel delivery to 1 recipient?' }).getByRole('button', { name: 'Cancel delivery' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Delivery to 1 recipient cancelled.' })).toBeVisible();
  // The server keeps it as a permanent failure (io, "Delivery canceled."): shown as what it is.
  expect((await getMessage(request, 'caaaaaal')).recipients[address]!.status).toMatchObject({
    '@type': 'PermanentFailure',
    errorType: 'io',
    errorMessage: 'Delivery canceled.',
  });
  const recipientRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: address }) });
  await expect(recipientRow.getByRole('cell').nth(1)).toHaveText('Cancelled');
  await expect(recipientRow.getByRole('cell').nth(3)).toContainText(/^None/);
  await expect(recipientRow).not.toContainText(/network|Permanent failure/i);

  await page.goto(at(`/management/queue?rcpt=${encodeURIComponent(address)}`));
  const line = rowOf(page, 'caaaaaal').getByTitle(new RegExp(`^${address.replace(/[.]/g, '\\.')}`));
  await expect(line).toContainText('Cancelled');
  await expect(line).toHaveAttribute('title', address);
  await request.dispose();
});

test('subjects and headers come from the message header block, read lazily and kept', async ({ page, playwright }) => {
  const request = await api(playwright);
  const message = await getMessage(request, 'caaaaaal');
  const raw = await (
    await request.get(`/jmap/download/b/${message.blobId}/m.eml?accept=message/rfc822`, {
      headers: { Authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` },
    })
  ).text();
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(raw.slice(0, raw.search(/\r?\n\r?\n/)))![1]!.trim();

  await signIn(page);
  const downloads: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/jmap/download/')) downloads.push(r.url());
  });
  await page.goto(at('/management/queue/caaaaaal'));
  const facts = page.getByRole('region', { name: 'Message headers' });
  await expect(facts.getByRole('definition').nth(0)).toHaveText(header('Subject'));
  await expect(facts.getByRole('definition').nth(1)).toContainText(/<?updates@globex\.example>?/);
  await expect(facts.getByRole('definition').nth(2)).toContainText('bob@example.net');
  await expect(facts.getByRole('definition').nth(3)).toHaveText(header('Date'));
  await expect(facts.getByRole('definition').nth(4)).toHaveText(header('Message-ID'));

  // The list: rows on screen get their subject; rows below the fold are not read until seen.
  downloads.length = 0;
  await page.goto(at('/management/queue?rows=100'));
  await expect(messageRows(page).first()).toBeVisible({ timeout: 20_000 });
  // A row whose subject is not read yet shows a blank where the subject goes.
  const subjectRead = (row: ReturnType<typeof messageRows>) => expect(row.locator('.queue-subject__text')).toHaveText(/\S/);
  await subjectRead(messageRows(page).first());
  await expect.poll(() => downloads.length).toBeGreaterThan(5);
  await expect(messageRows(page)).toHaveCount(100);
  expect(downloads.length).toBeLessThan(40);
  const readBefore = downloads.length;
  await messageRows(page).last().scrollIntoViewIfNeeded();
  await expect.poll(() => downloads.length).toBeGreaterThan(readBefore);
  await subjectRead(messageRows(page).last());

  // Kept: coming back reads nothing again for rows already seen.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actions' }).click();
  downloads.length = 0;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queued' }).click();
  await expect(messageRows(page).first()).toBeVisible();
  await subjectRead(messageRows(page).first());
  expect(downloads).toEqual([]);
  await request.dispose();
});

test('the list: one line of filters, the range behind More filters, bulk bar on selection, 12+ rows at 1440×900', async ({ page }) => {
  await signIn(page);
  await page.goto(at('/management/queue'));
  await expect(messageRows(page).first()).toBeVisible({ timeout: 20_000 });
  const form = page.getByRole('search', { name: 'Filter queued messages' });
  const tops = await Promise.all(
    ['Sender', 'Recipient', 'Sender or recipient', 'Queue'].map(async (label) => (await form.getByLabel(label, { exact: true }).boundingBox())!.y),
  );
  expect(new Set(tops).size).toBe(1);
  await expect(form.getByLabel('Due after')).toBeHidden();
  // No notes about how the server reads filters.
  await expect(form).not.toContainText(/ignores|exact name/i);

  await expect(messageRows(page).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Bulk actions' })).toHaveCount(0);
  const visible = await messageRows(page).evaluateAll((rows) => rows.filter((row) => row.getBoundingClientRect().bottom <= window.innerHeight).length);
  expect(visible).toBeGreaterThanOrEqual(12);

  // Only the server's sort: next retry.
  await expect(page.getByRole('table', { name: /queued messages/i }).getByRole('columnheader').getByRole('button')).toHaveCount(1);
  await expect(page.getByRole('columnheader', { name: /Next retry/ })).toHaveAttribute('aria-sort', 'ascending');

  // Dates typed as the table shows them, and shown back the same way.
  const shown = await messageRows(page).first().getByRole('cell').nth(2).getByRole('time').textContent();
  expect(shown).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await form.getByRole('button', { name: 'More filters' }).click();
  await form.getByLabel('Due after').fill(shown!);
  await form.getByLabel('Due before').fill('tomorrow');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(form.getByText(/Enter a date and time as YYYY-MM-DD HH:MM/)).toBeVisible();
  await expect(form.getByLabel('Due before')).toHaveValue('tomorrow');
  await form.getByLabel('Due before').fill('');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(at(`/management/queue?after=${encodeURIComponent(`${shown!.replace(' ', 'T')}:00Z`)}`));
  await expect(form.getByLabel('Due after')).toHaveValue(shown!);

  await messageRows(page).first().getByRole('checkbox').check();
  await expect(page.getByRole('region', { name: 'Bulk actions' })).toContainText('1 message selected');
});

test('"Back to the queue" returns to the same filtered, scrolled view', async ({ page }) => {
  await signIn(page);
  await page.goto(at('/management/queue?text=example.net&rows=50'));
  const row = messageRows(page).nth(30);
  await row.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(200);
  const id = (await row.getByRole('rowheader').textContent())!.match(/ID (\S+)$/)![1]!;
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Queued message' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the queue' }).click();
  await expect(page).toHaveURL(at('/management/queue?text=example.net&rows=50'));
  await expect(rowOf(page, id)).toBeInViewport();
  await expect.poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(4);
});

test('disabled buttons look disabled, the red ones included', async ({ page }) => {
  await signIn(page);
  await page.goto(at('/management/queue/caaaaaal'));
  const enabledDanger = page.getByRole('button', { name: 'Cancel message' });
  const disabledDanger = page.getByRole('button', { name: 'Cancel selected recipients' });
  await expect(enabledDanger).toBeEnabled();
  await expect(disabledDanger).toBeDisabled();
  const style = (el: Element) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, color: s.color, cursor: s.cursor };
  };
  const on = await enabledDanger.evaluate(style);
  const off = await disabledDanger.evaluate(style);
  expect(off.background).not.toBe(on.background);
  expect(off.color).not.toBe(on.color);
  expect(off.cursor).toBe('not-allowed');
  // Nor is any other disabled button drawn like an enabled one.
  const secondaryOff = await page.getByRole('button', { name: 'Schedule retry' }).evaluate(style);
  const secondaryOn = await page.getByRole('button', { name: 'Retry now' }).evaluate(style);
  expect(secondaryOff.background).not.toBe(secondaryOn.background);
  // Disabled ones share one look, whatever their variant.
  expect(off.background).toBe(secondaryOff.background);
});
