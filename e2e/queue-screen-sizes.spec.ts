// Every screen at phone width (390 px) and the queue screens at 1440 px: the menu behind a
// button, queue rows as cards, the recipient table as stacked cards, no sideways scrolling, and
// no axe violations at either width. Runs on a sandbox of its own.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { jmapArgs } from './support/jmap-api';
import { login } from './support/login';
import { workerSandbox } from './support/worker-sandbox';

test.use({ timezoneId: 'UTC' });

// Each test signs in and reads several screens of its own sandbox.
test.describe.configure({ timeout: 90_000 });

const sandbox = workerSandbox();
const at = sandbox.at;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

const messageRows = (page: Page) =>
  page.getByRole('table', { name: /queued messages/i }).getByRole('row').filter({ has: page.getByRole('rowheader') });

/** Signs in at desktop width (the sign-in helper waits for the sidebar), then takes the size. */
async function signIn(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await page.goto(at('/sign-in'));
  await login(page, 'admin', 'admin');
  await page.setViewportSize(size);
}

async function firstId(request: APIRequestContext, type: string): Promise<string> {
  const [query] = await jmapArgs(request, [[`${type}/query`, { limit: 1 }]]);
  return (query as { ids: string[] }).ids[0]!;
}

async function expectNoSidewaysScroll(page: Page, path: string): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `${path} scrolls sideways`).toBeLessThanOrEqual(widths.client);
}

test('at 390 px no screen scrolls sideways and the menu opens from a button', async ({ page, playwright }) => {
  test.setTimeout(90_000);
  const request = await playwright.request.newContext({ baseURL: sandbox.url });
  const ids = {
    message: 'caaaaaal',
    milter: await firstId(request, 'x:MtaMilter'),
    rule: await firstId(request, 'x:SpamRule'),
  };
  await request.dispose();
  await signIn(page, PHONE);

  const nav = page.getByRole('navigation', { name: 'Main' });
  const menu = page.getByRole('button', { name: 'Menu' });
  await page.goto(at('/management/queue'));
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: 'Actions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Actions' })).toBeVisible();
  await expect(nav).toBeHidden();

  const paths = [
    '/management/queue',
    '/management/queue?rows=all',
    `/management/queue/${ids.message}`,
    '/management/actions',
    '/settings/mta/milters',
    '/settings/mta/milters/new',
    `/settings/mta/milters/${ids.milter}`,
    '/settings/spam/general',
    '/settings/spam/rules',
    '/settings/spam/rules/new',
    `/settings/spam/rules/${ids.rule}`,
  ];
  for (const path of paths) {
    await test.step(path, async () => {
      await page.goto(at(path));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('main').getByText(/Loading|Checking…/)).toHaveCount(0);
      await expectNoSidewaysScroll(page, path);
    });
  }
});

test('at 390 px queue rows are cards and the recipient table is stacked cards', async ({ page }) => {
  await signIn(page, PHONE);
  await page.goto(at('/management/queue?rcpt=bob%40example.net'));
  const row = messageRows(page).filter({ has: page.getByRole('rowheader', { name: /ID caaaaaal$/ }) });
  await expect(row).toBeVisible();
  // One card: sender, then the matching recipient with status and reply, then next retry and size.
  await expect(row.getByRole('rowheader')).toContainText('updates@globex.example');
  await expect(row.getByTitle(/^bob@example\.net/)).toContainText(/Temporary failure.*bob@example\.net.*451 4\.7\.1/);
  await expect(row).toContainText(/Next retry \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(row).toContainText(/Size \d+ KB/);
  const box = await row.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  const sender = await row.getByRole('rowheader').boundingBox();
  const recipients = await row.getByRole('cell').nth(1).boundingBox();
  expect(recipients!.y).toBeGreaterThan(sender!.y);
  await expectNoAxeViolations(page);

  await page.goto(at('/management/queue/caaaaaal'));
  const table = page.getByRole('table', { name: /Recipients/ });
  const bob = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'bob@example.net' }) });
  await expect(table.getByRole('columnheader', { name: 'Address' })).toBeHidden();
  const address = await bob.getByRole('rowheader').boundingBox();
  const status = await bob.getByRole('cell').nth(1).boundingBox();
  // Stacked: the status sits below the address, at the same left edge.
  expect(status!.y).toBeGreaterThan(address!.y + address!.height - 1);
  expect(Math.abs(status!.x - address!.x)).toBeLessThan(2);
  await expectNoSidewaysScroll(page, '/management/queue/caaaaaal');
  await expectNoAxeViolations(page);
});

test('at 1440 px the recipient table fits without inner scrolling and addresses stay whole', async ({ page }) => {
  await signIn(page, DESKTOP);
  await page.goto(at('/management/queue/caaaaaal'));
  const table = page.getByRole('table', { name: /Recipients/ });
  await expect(table).toBeVisible();
  const fits = await table.evaluate((el) => {
    const section = el.closest('section')!;
    return el.getBoundingClientRect().right <= section.getBoundingClientRect().right && document.documentElement.scrollWidth <= document.documentElement.clientWidth;
  });
  expect(fits).toBe(true);
  // Each address on one line: its text has a single line box.
  const lines = await table.getByRole('rowheader').evaluateAll((cells) =>
    cells.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell.querySelector('.recipient-address')!);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    }),
  );
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.every((n) => n === 1)).toBe(true);
  await expectNoAxeViolations(page);

  await page.goto(at('/management/queue'));
  await expect(messageRows(page).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  await expectNoAxeViolations(page);
});
