import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { jmapArgs } from './support/jmap-api';
import { login } from './support/login';
import { forEachTheme } from './support/themes';

// Dates typed into datetime-local inputs are local time; UTC makes the expected URLs exact.
test.use({ timezoneId: 'UTC' });

interface QueuedRecipient {
  status: { '@type': string };
  queueName: string;
}
interface QueuedMessage {
  id: string;
  returnPath: string;
  recipients: Record<string, QueuedRecipient>;
}

async function countMatching(request: APIRequestContext, filter: Record<string, unknown>): Promise<number> {
  const [query] = await jmapArgs(request, [['x:QueuedMessage/query', { filter, limit: 1, calculateTotal: true }]]);
  return (query as { total: number }).total;
}

async function firstMessages(request: APIRequestContext, limit: number): Promise<QueuedMessage[]> {
  const [, got] = await jmapArgs(request, [
    ['x:QueuedMessage/query', { sort: [{ property: 'due', isAscending: true }], limit }],
    ['x:QueuedMessage/get', { '#ids': { resultOf: '0', name: 'x:QueuedMessage/query', path: '/ids' } }],
  ]);
  return (got as { list: QueuedMessage[] }).list;
}

const count = (page: Page) => page.getByRole('status', { name: 'Matching messages' });
const filters = (page: Page) => page.getByRole('search', { name: 'Filter queued messages' });
const messageRows = (page: Page) => page.getByRole('table', { name: /queued messages/i }).getByRole('row').filter({ has: page.getByRole('rowheader') });

function matching(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'message' : 'messages'} match`;
}

async function openQueue(page: Page, user = 'admin', path = '/management/queue'): Promise<void> {
  await login(page, user, user);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Queued messages' })).toBeVisible();
  await expect(count(page)).not.toHaveText('Counting…');
}

test.describe('queue list', () => {
  test('filters by each field, keeping every filter in the URL', async ({ page, request }) => {
    const sample = (await firstMessages(request, 50)).find((m) => m.returnPath !== '<>')!;
    const recipient = Object.keys(sample.recipients)[0]!;
    const senderPart = sample.returnPath.split('@')[0]!;
    await openQueue(page);
    await expect(count(page)).toHaveText(matching(await countMatching(request, {})));

    const apply = async (label: string, value: string) => {
      await filters(page).getByLabel(label, { exact: true }).fill(value);
      await filters(page).getByRole('button', { name: 'Apply filters' }).click();
    };
    const clear = async () => {
      await filters(page).getByRole('button', { name: 'Clear filters' }).click();
      await expect(page).toHaveURL(/\/management\/queue$/);
    };

    await apply('Sender', senderPart);
    await expect(page).toHaveURL(`/management/queue?sender=${encodeURIComponent(senderPart)}`);
    await expect(count(page)).toHaveText(matching(await countMatching(request, { returnPath: senderPart })));
    for (const link of await messageRows(page).getByRole('link').all()) await expect(link).toContainText(senderPart);
    await clear();

    await apply('Recipient', recipient);
    await expect(page).toHaveURL(`/management/queue?rcpt=${encodeURIComponent(recipient)}`);
    await expect(count(page)).toHaveText(matching(await countMatching(request, { to: recipient })));
    await expect(messageRows(page).first()).toContainText(recipient.slice(0, 12));
    await clear();

    await apply('Sender or recipient', 'example.net');
    await expect(page).toHaveURL('/management/queue?text=example.net');
    await expect(count(page)).toHaveText(matching(await countMatching(request, { text: 'example.net' })));
    await clear();

    await apply('Queue', 'dsn');
    await expect(page).toHaveURL('/management/queue?queue=dsn');
    const dsn = await countMatching(request, { queueName: 'dsn' });
    expect(dsn).toBeGreaterThan(0);
    await expect(count(page)).toHaveText(matching(dsn));
    // Delivery reports are sent with a null sender, shown as a badge rather than "<>".
    await expect(messageRows(page).first().getByText('Bounce (null sender)')).toBeVisible();
    await clear();

    // A range away from "now", where other tests' "retry now" moves messages. The range sits
    // behind "More filters" and is typed as the table shows dates ("2026-08-21 11:30", seconds
    // only when they matter).
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);
    const typed = (ms: number) => iso(ms).replace('T', ' ');
    const after = minute + 2 * 3_600_000 + 5_000;
    const before = minute + 30 * 3_600_000 + 15_000;
    await expect(filters(page).getByLabel('Due after')).toBeHidden();
    await filters(page).getByRole('button', { name: 'More filters' }).click();
    await filters(page).getByLabel('Due after').fill(typed(after));
    await apply('Due before', typed(before));
    await expect(page).toHaveURL(
      `/management/queue?after=${encodeURIComponent(`${iso(after)}Z`)}&before=${encodeURIComponent(`${iso(before)}Z`)}`,
    );
    await expect(count(page)).toHaveText(
      matching(await countMatching(request, { dueIsGreaterThanOrEqual: `${iso(after)}Z`, dueIsLessThanOrEqual: `${iso(before)}Z` })),
    );

    // The URL is the view: opening it fresh restores the same filters, the range shown.
    await page.reload();
    await expect(filters(page).getByLabel('Due before')).toHaveValue(typed(before));
    await page.goBack();
    await expect(page).toHaveURL('/management/queue');
    await expect(filters(page).getByLabel('Due before')).toHaveValue('');
  });

  test('sorts by next retry both ways and changes the page size, in the URL', async ({ page }) => {
    await openQueue(page);
    const header = page.getByRole('columnheader', { name: /Next retry/ });
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const firstAscending = await messageRows(page).first().getByRole('link').textContent();
    await header.getByRole('button').click();
    await expect(page).toHaveURL('/management/queue?sort=-due');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(messageRows(page).first().getByRole('link')).not.toHaveText(firstAscending!);

    await expect(messageRows(page)).toHaveCount(25);
    await page.getByLabel('Show').selectOption('50');
    await expect(page).toHaveURL('/management/queue?sort=-due&rows=50');
    await expect(messageRows(page)).toHaveCount(50);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL('/management/queue?sort=-due&rows=50&page=2');
    await expect(page.getByRole('navigation', { name: 'Queue pages' })).toContainText('51–100 of');
  });

  test('shows every message in one scrolling list with few rows in the page', async ({ page, request }) => {
    const total = await countMatching(request, {});
    await openQueue(page, 'admin', '/management/queue?rows=all');
    await expect(page.getByRole('table', { name: /All .* queued messages/ })).toHaveAttribute('aria-rowcount', String(total + 1));
    const rendered = await messageRows(page).count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(40);
    const list = page.getByRole('region', { name: 'Queued messages, scrolling list' });
    await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(messageRows(page).last()).toHaveAttribute('aria-rowindex', String(total + 1));
    expect(await messageRows(page).count()).toBeLessThan(40);
  });

  test('opens a message on its own URL', async ({ page }) => {
    await openQueue(page);
    const link = messageRows(page).first().getByRole('link');
    await link.click();
    await expect(page).toHaveURL(/\/management\/queue\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Queued message' })).toBeVisible();
    await expect(page.getByRole('table', { name: /Recipients/ })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the queue' }).click();
    await expect(page).toHaveURL('/management/queue');
  });

  // A Stalwart server cannot report whether processing is paused, so the console never guesses.
  test.describe('queue processing', () => {
    test.describe.configure({ mode: 'serial' });

    test('support can pause and resume the queue and act on messages', async ({ page }) => {
      await openQueue(page, 'support');
      const processing = page.getByRole('region', { name: 'Queue processing' });
      await expect(processing).toContainText('State unknown');
      await processing.getByRole('button', { name: 'Pause queue' }).click();
      await page.getByRole('dialog', { name: 'Pause queue processing?' }).getByRole('button', { name: 'Pause queue' }).click();
      await expect(processing).toContainText(/State unknown \(you paused it at \d{4}-\d{2}-\d{2} \d{2}:\d{2} in this session\)/);
      await processing.getByRole('button', { name: 'Resume queue' }).click();
      await expect(processing).toContainText(/you resumed it at .* in this session/);
      await expect(processing).not.toContainText('Running');

      await messageRows(page).first().getByRole('checkbox', { name: /^Select message from / }).check();
      await expect(page.getByRole('button', { name: 'Cancel selected', exact: true })).toBeVisible();
      await messageRows(page).first().getByRole('link').click();
      await page.getByRole('button', { name: 'Retry now' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'A delivery attempt was scheduled for now.' })).toBeVisible();
    });

    test('the state stays unknown, read from no sandbox-only endpoint, and the session remembers its last action', async ({ page }) => {
      const sandboxOnly: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/api/sandbox')) sandboxOnly.push(request.url());
      });
      await openQueue(page);
      const processing = page.getByRole('region', { name: 'Queue processing' });
      await expect(processing).toContainText('State unknown');
      await expect(processing).not.toContainText('in this session');
      await processing.getByRole('button', { name: 'Pause queue' }).click();
      await page.getByRole('dialog', { name: 'Pause queue processing?' }).getByRole('button', { name: 'Pause queue' }).click();
      await expect(processing).toContainText(/State unknown \(you paused it at \d{4}-\d{2}-\d{2} \d{2}:\d{2} in this session\)/);
      await processing.getByRole('button', { name: 'Resume queue' }).click();
      await expect(processing).toContainText(/you resumed it at .* in this session/);
      // Leaving the page and coming back keeps the memory (until sign-out).
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actions' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queued' }).click();
      await expect(page.getByRole('region', { name: 'Queue processing' })).toContainText(/you resumed it at .* in this session/);
      expect(sandboxOnly).toEqual([]);
    });
  });

  test('the viewer sees the queue without any action buttons', async ({ page }) => {
    await openQueue(page, 'viewer');
    await expect(messageRows(page).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Queue processing' })).toContainText('State unknown');
    for (const name of ['Pause queue', 'Resume queue', 'Retry selected now', 'Reschedule selected', 'Cancel selected']) {
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    }
    await expect(page.getByRole('checkbox', { name: /^Select / })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Bulk actions' })).toHaveCount(0);

    await messageRows(page).first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Queued message' })).toBeVisible();
    await expect(page.getByRole('table', { name: /Recipients/ })).toBeVisible();
    for (const name of ['Retry now', 'Schedule retry', 'Cancel message', 'Cancel selected recipients', /^Requeue/]) {
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    }
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Show raw message' })).toBeVisible();
  });

  test('the paged list has no axe violations in light and dark', async ({ page }) => {
    test.setTimeout(60_000);
    await openQueue(page, 'admin', '/management/queue?rows=25');
    await expect(messageRows(page).first()).toBeVisible();
    await forEachTheme(page, async () => {
      await expectNoAxeViolations(page);
    });
  });

  test('the scrolling list has no axe violations in light and dark', async ({ page }) => {
    test.setTimeout(60_000);
    await openQueue(page, 'admin', '/management/queue?rows=all');
    await expect(page.getByRole('region', { name: 'Queued messages, scrolling list' })).toBeVisible();
    await expect(messageRows(page).first()).toBeVisible();
    await forEachTheme(page, async () => {
      await expectNoAxeViolations(page);
    });
  });
});
