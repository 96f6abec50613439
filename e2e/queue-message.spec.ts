import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { jmapArgs } from './support/jmap-api';
import { login } from './support/login';
import { forEachTheme } from './support/themes';

test.use({ timezoneId: 'UTC' });

interface Status {
  '@type': 'Scheduled' | 'Completed' | 'TemporaryFailure' | 'PermanentFailure';
  responseCode?: number;
  responseEnhanced?: string;
}
interface QueuedMessage {
  id: string;
  returnPath: string;
  nextRetry: string;
  recipients: Record<string, { status: Status }>;
}

/** Messages as the server has them, from the end of the due order (the list tests use the start). */
async function messages(request: APIRequestContext): Promise<QueuedMessage[]> {
  const [, got] = await jmapArgs(request, [
    ['x:QueuedMessage/query', { sort: [{ property: 'due', isAscending: false }], limit: 300 }],
    ['x:QueuedMessage/get', { '#ids': { resultOf: '0', name: 'x:QueuedMessage/query', path: '/ids' } }],
  ]);
  return (got as { list: QueuedMessage[] }).list;
}

async function getMessage(request: APIRequestContext, id: string): Promise<QueuedMessage | undefined> {
  const [got] = await jmapArgs(request, [['x:QueuedMessage/get', { ids: [id] }]]);
  return (got as { list: QueuedMessage[] }).list[0];
}

const pending = (s: Status) => s['@type'] === 'Scheduled' || s['@type'] === 'TemporaryFailure';

async function openMessage(page: Page, id: string, user = 'admin'): Promise<void> {
  await login(page, user, user);
  await page.goto(`/management/queue/${encodeURIComponent(id)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Queued message' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Recipients/ })).toBeVisible();
}

test.describe('queued message', () => {
  test('retry at a chosen time changes the next retry', async ({ page, request }) => {
    const all = await messages(request);
    // One-recipient messages here, several-recipient ones in the next test: tests run in parallel.
    const target = all.find((m) => Object.keys(m.recipients).length === 1 && Object.values(m.recipients).every((r) => pending(r.status)))!;
    await openMessage(page, target.id);
    const delivery = page.getByRole('region', { name: 'Delivery' });
    await expect(delivery).not.toContainText('2031-02-03 04:05');

    await page.getByLabel('Retry at', { exact: true }).fill('2031-02-03T04:05');
    await page.getByRole('button', { name: 'Schedule retry' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The next delivery attempt is at 2031-02-03 04:05.' })).toBeVisible();
    await expect(delivery).toContainText('2031-02-03 04:05');
    expect((await getMessage(request, target.id))?.nextRetry).toBe('2031-02-03T04:05:00Z');

    // And back to "now" (2000-01-01 on the wire), which the server answers with a current time.
    await page.getByRole('button', { name: 'Retry now' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'A delivery attempt was scheduled for now.' })).toBeVisible();
    await expect(delivery).not.toContainText('2031-02-03 04:05');
  });

  test('cancelling one recipient updates the message', async ({ page, request }) => {
    const all = await messages(request);
    const target = all.find((m) => Object.values(m.recipients).filter((r) => pending(r.status)).length >= 2)!;
    const [address, other] = Object.entries(target.recipients)
      .filter(([, r]) => pending(r.status))
      .map(([a]) => a) as [string, string];
    await openMessage(page, target.id);
    const row = (recipient: string) =>
      page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: recipient }) });
    await expect(row(address)).not.toContainText('Permanent failure');

    await page.getByRole('checkbox', { name: `Select recipient ${address}` }).check();
    await page.getByRole('button', { name: 'Cancel selected recipients' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel delivery to 1 recipient?' });
    await expect(dialog).toContainText(address);
    await dialog.getByRole('button', { name: 'Cancel delivery' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Delivery to 1 recipient cancelled.' })).toBeVisible();
    // Cancelled reads as cancelled, with no next retry (not as a permanent failure).
    await expect(row(address).getByRole('cell').nth(1)).toHaveText('Cancelled');
    await expect(row(address)).not.toContainText('Permanent failure');
    await expect(row(address)).toContainText('Delivery was cancelled; this recipient is not tried again.');
    await expect(row(address).getByRole('cell').nth(3)).toContainText(/^None/);
    await expect(page.getByRole('checkbox', { name: `Select recipient ${address}` })).toHaveCount(0);
    await expect(row(other)).not.toContainText('Permanent failure');
    const after = await getMessage(request, target.id);
    expect(after?.recipients[address]?.status['@type']).toBe('PermanentFailure');
    expect(pending(after!.recipients[other]!.status)).toBe(true);
  });

  test('requeues a failed recipient', async ({ page, request }) => {
    const all = await messages(request);
    const target = all
      .slice()
      .reverse()
      .find((m) => Object.keys(m.recipients).length === 1 && Object.values(m.recipients).some((r) => r.status['@type'] === 'TemporaryFailure'))!;
    const address = Object.entries(target.recipients).find(([, r]) => r.status['@type'] === 'TemporaryFailure')![0];
    await openMessage(page, target.id);
    await page.getByRole('button', { name: `Requeue ${address}` }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: address }) });
    await expect(row).toContainText('Scheduled');
    expect((await getMessage(request, target.id))?.recipients[address]?.status['@type']).toBe('Scheduled');
  });

  test('explains SMTP replies and shows the raw message as text', async ({ page, request }) => {
    const all = await messages(request);
    const target = all.find((m) =>
      Object.values(m.recipients).some((r) => r.status.responseCode !== undefined && r.status.responseEnhanced !== undefined),
    )!;
    const [address, recipient] = Object.entries(target.recipients).find(([, r]) => r.status.responseCode !== undefined)!;
    await openMessage(page, target.id);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: address }) });
    await expect(row).toContainText(`${recipient.status.responseCode} ${recipient.status.responseEnhanced}`);
    // Every reply gets a plain-language sentence (no "No explanation" fallback for real codes).
    await expect(row).not.toContainText('No explanation is known');

    await page.getByRole('button', { name: 'Show raw message' }).click();
    const raw = page.getByRole('region', { name: 'Raw message source' });
    await expect(raw).toContainText(/^(Return-Path|Received|From|Date|Message-ID|DKIM|MIME|Subject|To|Content)/im);
    expect(await raw.evaluate((el) => el.tagName)).toBe('PRE');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download .eml' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.eml$/);
  });

  test('a message that left the queue says so', async ({ page }) => {
    await login(page, 'admin', 'admin');
    await page.goto('/management/queue/zzzzzzzz');
    await expect(page.getByRole('main')).toContainText('This message is no longer in the queue');
    await expect(page.getByRole('link', { name: 'Back to the queue' }).first()).toBeVisible();
  });

  test('the detail page has no axe violations in light and dark', async ({ page, request }) => {
    const all = await messages(request);
    const target = all.find((m) => Object.keys(m.recipients).length >= 2 && Object.values(m.recipients).some((r) => r.status['@type'] !== 'Scheduled'))!;
    await openMessage(page, target.id);
    await page.getByRole('button', { name: 'Show raw message' }).click();
    await expect(page.getByRole('region', { name: 'Raw message source' })).toBeVisible();
    await forEachTheme(page, async () => {
      await expectNoAxeViolations(page);
    });
  });
});
