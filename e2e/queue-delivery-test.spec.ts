// "Test delivery": the server's live delivery probe (GET /api/token/delivery, then the event
// stream /api/live/delivery/{target}), run by the sandbox against its scripted demo mail servers,
// shown stage by stage in plain words. Runs on a sandbox of its own.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login } from './support/login';
import { workerSandbox } from './support/worker-sandbox';

test.use({ timezoneId: 'UTC', viewport: { width: 1440, height: 900 } });

// Each test signs in and reads several screens of its own sandbox.
test.describe.configure({ timeout: 90_000 });

const sandbox = workerSandbox();
const at = sandbox.at;

async function openMessage(page: Page, id: string, user = 'admin'): Promise<void> {
  await page.goto(at('/sign-in'));
  await login(page, user, user);
  await page.goto(at(`/management/queue/${id}`));
  await expect(page.getByRole('table', { name: /Recipients/ })).toBeVisible();
}

const panel = (page: Page) => page.getByRole('region', { name: /^Delivery test:/ });
const stages = (page: Page) => panel(page).getByRole('list', { name: 'Delivery test stages' }).getByRole('listitem');

test('a recipient the receiving server refuses: each stage, explained, ending at RCPT TO', async ({ page }) => {
  // caaaaaal has sybil@contoso.example; the demo zone's contoso.example answers 550 5.1.1.
  await openMessage(page, 'caaaaaal');
  const streams: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/token/') || path.startsWith('/api/live/')) streams.push(path);
  });
  await page.getByRole('button', { name: 'Test delivery to sybil@contoso.example' }).click();
  await expect(panel(page).getByRole('heading')).toHaveText('Delivery test: sybil@contoso.example');
  await expect(panel(page).getByRole('status')).toHaveText('Finished: the receiving server refused this recipient.', { timeout: 20_000 });
  expect(streams).toEqual(['/api/token/delivery', '/api/live/delivery/sybil%40contoso.example']);

  const titles = await stages(page).locator('strong').allTextContents();
  for (const expected of ['MX lookup for contoso.example', 'MTA-STS policy', 'TLS-RPT reporting', 'Trying mx1.contoso.example', 'DANE (TLSA records)', 'Connect to 127.0.0.13', 'EHLO', 'STARTTLS', 'MAIL FROM', 'RCPT TO']) {
    expect(titles).toContain(expected);
  }
  await expect(stages(page).filter({ hasText: 'MTA-STS policy' })).toContainText('Not published: the domain makes no MTA-STS promise');
  const rcpt = stages(page).filter({ hasText: 'RCPT TO' });
  await expect(rcpt).toContainText('Failed');
  await expect(rcpt).toContainText('550');
  await expect(rcpt).toContainText('The server does not accept mail for this recipient.');
  await expect(rcpt).toContainText(/address does not exist/i);
  await expectNoAxeViolations(page);
});

test('a domain test shows the stages live as they arrive and the stream closes with the panel', async ({ page }) => {
  // hooli.example's mail server never greets: the greeting stage stays running until the timeout.
  await openMessage(page, 'caaaaaal');
  await page.getByRole('button', { name: 'Test delivery to the domain hooli.example' }).click();
  const greeting = stages(page).filter({ hasText: 'Greeting' });
  await expect(greeting).toContainText('Running');
  await expect(stages(page).filter({ hasText: 'MX lookup for hooli.example' })).toContainText('OK');
  await expect(panel(page).getByRole('status')).toHaveText('Testing…');
  // Leaving closes the event stream (the browser cancels the request).
  const closed = page.waitForEvent('requestfailed', (r) => new URL(r.url()).pathname.startsWith('/api/live/delivery/'));
  await panel(page).getByRole('button', { name: 'Close the test' }).click();
  await closed;
  await expect(panel(page)).toHaveCount(0);
});

test('the viewer, without liveDeliveryTest, gets no Test delivery button', async ({ page }) => {
  await openMessage(page, 'caaaaaal', 'viewer');
  await expect(page.getByRole('button', { name: /^Test delivery/ })).toHaveCount(0);
});

test('support, with liveDeliveryTest, gets one per recipient and per domain', async ({ page }) => {
  await openMessage(page, 'caaaaaal', 'support');
  await expect(page.getByRole('button', { name: 'Test delivery to bob@example.net' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Test delivery to the domain example.net' })).toBeVisible();
});
