// Queue screen benchmark: `npx tsx bench/queue-ui.ts`.
//
// Starts an in-memory sandbox with 100,000 queued messages serving the built console (dist/, built
// first when missing), signs in with Chromium, and measures:
//   1. time from navigating to the queue to the first rows visible (goal <= 500 ms),
//   2. the most DOM nodes at any scroll position while scrolling the whole list top to bottom
//      (goal <= 800),
//   3. the JS heap after scrolling top to bottom (goal <= 40 MB).
// Options (environment): QUEUE_SIZE (default 100000), CHROMIUM_PATH, SCROLL_STEP_ROWS (default 80).

import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { PROJECT_ROOT, startSandbox } from '../server/sandbox';

const QUEUE_SIZE = Number(process.env.QUEUE_SIZE ?? 100_000);
const SCROLL_STEP_ROWS = Number(process.env.SCROLL_STEP_ROWS ?? 80);
const GOALS = { firstRowsMs: 500, domNodes: 800, heapMb: 40 };

const ROW = 'table.queue-table tbody tr.queue-row th a';
const PENDING_ROW = 'table.queue-table tbody tr.queue-row td[colspan]';
const SCROLLER = '.queue-scroll';

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function verdict(value: number, goal: number): string {
  return value <= goal ? 'ok' : 'OVER GOAL';
}

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByRole('radio', { name: 'Username and password' }).check();
  await page.getByLabel('Username', { exact: true }).fill('admin');
  await page.getByLabel('Password', { exact: true }).fill('admin');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

interface FirstRows {
  ms: number;
  /** The slowest JMAP request in that time (server and network share of the figure). */
  slowestApiMs: number;
}

/** Milliseconds from `start()` to the first queue row link being visible. */
async function timeToFirstRows(page: Page, start: () => Promise<unknown>): Promise<FirstRows> {
  const api: number[] = [];
  const onFinished = (request: import('@playwright/test').Request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/jmap/') api.push(request.timing().responseEnd);
  };
  page.on('requestfinished', onFinished);
  const t0 = performance.now();
  await start();
  await page.locator(ROW).first().waitFor({ state: 'visible', timeout: 60_000 });
  const ms = performance.now() - t0;
  page.off('requestfinished', onFinished);
  return { ms, slowestApiMs: Math.max(0, ...api) };
}

function describeFirstRows(r: FirstRows): string {
  return `${Math.round(r.ms)} ms (slowest JMAP request ${Math.round(r.slowestApiMs)} ms)`;
}

/** Elements and all nodes (text included) in the document right now. */
function countNodes(page: Page): Promise<{ elements: number; nodes: number }> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    return { elements: document.getElementsByTagName('*').length, nodes };
  });
}

async function main(): Promise<void> {
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'index.html'))) {
    console.log('dist/ is missing: building the console…');
    execSync('npx vite build', { cwd: PROJECT_ROOT, stdio: 'inherit' });
  }

  const seedStart = performance.now();
  const sandbox = await startSandbox({ port: 0, memory: true, queue: QUEUE_SIZE, seed: 1 });
  console.log(`Sandbox ${sandbox.url} with ${sandbox.seeded?.queuedMessages ?? '?'} queued messages (seeded in ${Math.round(performance.now() - seedStart)} ms)`);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, sandbox.url);

    // 1. First rows. Warm-up visit so the page chunk is cached as it is for anyone who used the
    // console before, then: in-app navigation (sidebar link) and a full page load of the URL.
    await page.goto(`${sandbox.url}/management/actions`);
    await page.goto(`${sandbox.url}/management/queue?rows=all`);
    await page.locator(ROW).first().waitFor({ timeout: 60_000 });
    await page.goto(`${sandbox.url}/management/actions`);
    await page.getByRole('heading', { level: 1 }).waitFor();

    const inApp: FirstRows[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${sandbox.url}/management/actions`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      inApp.push(await timeToFirstRows(page, () => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queued' }).click()));
    }
    const fullLoadPaged = await timeToFirstRows(page, () => page.goto(`${sandbox.url}/management/queue`));
    const fullLoadScrolling = await timeToFirstRows(page, () => page.goto(`${sandbox.url}/management/queue?rows=all`));
    const inAppMedian = inApp.sort((a, b) => a.ms - b.ms)[1]!;

    // 2. Scroll the whole scrolling list from top to bottom, counting DOM nodes at every stop.
    const scroller = page.locator(SCROLLER);
    await scroller.waitFor();
    const metrics = await scroller.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
    const step = SCROLL_STEP_ROWS * 64;
    let maxElements = 0;
    let maxNodes = 0;
    let stops = 0;
    const scrollStart = performance.now();
    for (let top = 0; ; top += step) {
      const reached = await scroller.evaluate((el, y) => {
        el.scrollTop = y;
        return el.scrollTop;
      }, top);
      // Let the rows for this position arrive (one window request), then count.
      await page.waitForFunction(
        ([pending, row]) => document.querySelectorAll(pending).length === 0 && document.querySelectorAll(row).length > 0,
        [PENDING_ROW, ROW] as const,
        { timeout: 30_000, polling: 'raf' },
      );
      const counted = await countNodes(page);
      maxElements = Math.max(maxElements, counted.elements);
      maxNodes = Math.max(maxNodes, counted.nodes);
      stops++;
      if (reached + metrics.clientHeight >= metrics.scrollHeight - 1 || top > metrics.scrollHeight) break;
    }
    const scrollMs = performance.now() - scrollStart;
    const lastRow = await page.locator('table.queue-table tbody tr.queue-row').last().getAttribute('aria-rowindex');

    // 3. Heap after the scroll, as measured and after a garbage collection.
    const cdp = await context.newCDPSession(page);
    const before = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    const perfMemory = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);

    console.log('');
    console.log(`Queue UI benchmark (${QUEUE_SIZE.toLocaleString('en-US')} queued messages, viewport 1280x800)`);
    console.log(`  First rows visible, in-app navigation (median of 3): ${describeFirstRows(inAppMedian)}  [${inApp.map((r) => Math.round(r.ms)).join(', ')} ms]  goal <= ${GOALS.firstRowsMs} ms: ${verdict(inAppMedian.ms, GOALS.firstRowsMs)}`);
    console.log(`  First rows visible, full page load, paged view:     ${describeFirstRows(fullLoadPaged)}`);
    console.log(`  First rows visible, full page load, scrolling view: ${describeFirstRows(fullLoadScrolling)}`);
    console.log(`  Scrolled ${metrics.scrollHeight.toLocaleString('en-US')} px in ${stops} stops (${Math.round(scrollMs)} ms); last row index ${lastRow} (of ${QUEUE_SIZE + 1} incl. header)`);
    console.log(`  Most DOM elements at any stop: ${maxElements}  goal <= ${GOALS.domNodes}: ${verdict(maxElements, GOALS.domNodes)}`);
    console.log(`  Most DOM nodes incl. text at any stop: ${maxNodes}`);
    console.log(`  JS heap after scrolling: ${mb(before.usedSize)} used (performance.memory ${mb(perfMemory)}); after GC ${mb(after.usedSize)}  goal <= ${GOALS.heapMb} MB: ${verdict(before.usedSize / 1024 / 1024, GOALS.heapMb)}`);
  } finally {
    await browser.close();
    await sandbox.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
