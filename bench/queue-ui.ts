// Queue screen benchmark: `npx tsx bench/queue-ui.ts`.
//
// Starts an in-memory sandbox with 100,000 queued messages serving the built console (dist/, built
// first when missing), signs in with Chromium at 1440x900, and measures the view a user lands on
// by default (Management › Emails › Queued, no parameters):
//   1. time from clicking "Queued" in the menu, the app loaded, to the first rows (goal <= 300 ms),
//   2. the most DOM elements at any scroll position of that view (goal <= 800), and the rows
//      visible without scrolling,
//   3. the JS heap after it (goal <= 40 MB).
// The "all in one scrolling list" view is measured too (first rows, DOM while scrolling it all).
// Options (environment): QUEUE_SIZE (default 100000), CHROMIUM_PATH, SCROLL_STEP_ROWS (default 80).

import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page, type Request } from '@playwright/test';
import { PROJECT_ROOT, startSandbox } from '../server/sandbox';

const QUEUE_SIZE = Number(process.env.QUEUE_SIZE ?? 100_000);
const SCROLL_STEP_ROWS = Number(process.env.SCROLL_STEP_ROWS ?? 80);
const GOALS = { firstRowsMs: 300, domNodes: 800, heapMb: 40 };
const VIEWPORT = { width: 1440, height: 900 };

const ROW = 'table.queue-table tbody tr.queue-row th a';
const PENDING_ROW = 'table.queue-table tbody tr.queue-row td[colspan]';
const SCROLLER = '.queue-scroll';

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function verdict(value: number, goal: number): string {
  return value <= goal ? 'ok' : 'OVER GOAL';
}

// Signs in with Stalwart (OAuth, on the server's own page): a password sign-in is kept in memory
// only, and the benchmark reloads the page.
async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByRole('button', { name: 'Sign in with Stalwart' }).click();
  await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill('admin');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 30_000 });
}

interface FirstRows {
  /** From the navigation (link click, or the start of a page load) to the first row in the DOM. */
  ms: number;
  /** The slowest JMAP request in that time (server and network share of the figure). */
  slowestApiMs: number;
}

interface Probe {
  __firstRow: number | undefined;
  __navStart: number;
}

// Runs in the page from its first script on: notes when the first queue row enters the DOM.
const FIRST_ROW_PROBE = `
  window.__firstRow = undefined;
  window.__navStart = 0;
  new MutationObserver(() => {
    if (window.__firstRow === undefined && document.querySelector(${JSON.stringify(ROW)})) window.__firstRow = performance.now();
  }).observe(document, { childList: true, subtree: true });
`;

async function measure(page: Page, start: () => Promise<unknown>): Promise<FirstRows> {
  const api: number[] = [];
  const onFinished = (request: Request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/jmap/') api.push(request.timing().responseEnd);
  };
  page.on('requestfinished', onFinished);
  await start();
  await page.waitForFunction(() => (window as unknown as Probe).__firstRow !== undefined, undefined, { timeout: 60_000 });
  const ms = await page.evaluate(() => (window as unknown as Probe).__firstRow! - (window as unknown as Probe).__navStart);
  await page.locator(ROW).first().waitFor({ state: 'visible' });
  page.off('requestfinished', onFinished);
  return { ms, slowestApiMs: Math.max(0, ...api) };
}

/** In-app navigation: the sidebar's "Queued" link, clicked from inside the page. */
function viaSidebar(page: Page): Promise<FirstRows> {
  return measure(page, () =>
    page.evaluate(() => {
      const probe = window as unknown as Probe;
      probe.__firstRow = undefined;
      probe.__navStart = performance.now();
      [...document.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent === 'Queued')!.click();
    }),
  );
}

/** A full page load; the probe's clock starts with the navigation. */
function viaPageLoad(page: Page, url: string): Promise<FirstRows> {
  return measure(page, () => page.goto(url));
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
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(FIRST_ROW_PROBE);
    const page = await context.newPage();
    await signIn(page, sandbox.url);

    // 1. First rows visible after navigating to the queue:
    //    a) in-app navigation (sidebar link) when the queue screen's code is already loaded in this
    //       page, the usual case while working in the console; the last answer may be shown from
    //       the cache while it is refreshed (median of 5);
    //    b) in-app navigation right after a full page load, so the screen's code chunks are loaded
    //       (from the HTTP cache) on the way (median of 3);
    //    c) full page loads of the queue URL, paged and scrolling views.
    const sidebarActions = async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actions' }).click();
      await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    };
    await page.goto(`${sandbox.url}/management/queue`);
    await page.locator(ROW).first().waitFor({ timeout: 60_000 });

    const warm: FirstRows[] = [];
    for (let i = 0; i < 5; i++) {
      await sidebarActions();
      warm.push(await viaSidebar(page));
    }
    console.log('Measured: first rows after clicking Queued');
    const afterReload: FirstRows[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${sandbox.url}/management/actions`);
      await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
      afterReload.push(await viaSidebar(page));
    }
    const fullLoadPaged = await viaPageLoad(page, `${sandbox.url}/management/queue`);
    const fullLoadScrolling = await viaPageLoad(page, `${sandbox.url}/management/queue?rows=all`);
    const median = (runs: FirstRows[]) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
    const all = (runs: FirstRows[]) => `[${runs.map((r) => Math.round(r.ms)).join(', ')} ms]`;
    const warmMedian = median(warm);

    // 2a. The default view: rows visible at 1440x900 and DOM elements at every scroll position of
    //     the page (subjects of the rows on screen read and shown), then the heap.
    await page.goto(`${sandbox.url}/management/queue`);
    await page.locator(ROW).first().waitFor({ timeout: 60_000 });
    const rowsVisible = await page.evaluate(
      () => [...document.querySelectorAll('tr.queue-row')].filter((row) => row.getBoundingClientRect().bottom <= window.innerHeight).length,
    );
    let defaultMaxElements = 0;
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; ; y += VIEWPORT.height / 2) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      // Let the subjects of the rows now on screen arrive (they add no elements, only text).
      await page
        .waitForFunction(
          () =>
            [...document.querySelectorAll('.queue-subject__text')]
              .filter((el) => {
                const r = el.getBoundingClientRect();
                return r.bottom > 0 && r.top < window.innerHeight;
              })
              .every((el) => (el.textContent ?? '').trim() !== ''),
          undefined,
          { timeout: 15_000 },
        )
        .catch(() => console.log('  (some subjects on screen were still loading after 15 s)'));
      defaultMaxElements = Math.max(defaultMaxElements, (await countNodes(page)).elements);
      if (y + VIEWPORT.height >= pageHeight) break;
    }
    const defaultCdp = await context.newCDPSession(page);
    const defaultHeap = (await defaultCdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await defaultCdp.detach();

    await page.goto(`${sandbox.url}/management/queue?rows=all`);
    await page.locator(ROW).first().waitFor({ timeout: 60_000 });

    // 2. Scroll the whole scrolling list from top to bottom, counting DOM nodes at every stop.
    const scroller = page.locator(SCROLLER);
    await scroller.waitFor();
    const metrics = await scroller.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
    const step = SCROLL_STEP_ROWS * 48;
    let maxElements = 0;
    let maxNodes = 0;
    let stops = 0;
    const scrollStart = performance.now();
    for (let top = 0; ; top += step) {
      const reached = await scroller.evaluate((el, y) => {
        el.scrollTop = y;
        return el.scrollTop;
      }, top);
      // Let the list render this position (its scroll handler runs on the next frame), then let
      // the rows for it arrive (one window request), then count.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
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
    console.log(`Queue UI benchmark (${QUEUE_SIZE.toLocaleString('en-US')} queued messages, viewport ${VIEWPORT.width}x${VIEWPORT.height})`);
    console.log('Default view (/management/queue):');
    console.log(`  First rows after clicking Queued, app loaded (median of 5): ${describeFirstRows(warmMedian)} ${all(warm)}  goal <= ${GOALS.firstRowsMs} ms: ${verdict(warmMedian.ms, GOALS.firstRowsMs)}`);
    console.log(`  Rows visible without scrolling: ${rowsVisible}`);
    console.log(`  Most DOM elements at any scroll position: ${defaultMaxElements}  goal <= ${GOALS.domNodes}: ${verdict(defaultMaxElements, GOALS.domNodes)}`);
    console.log(`  JS heap: ${mb(defaultHeap.usedSize)}  goal <= ${GOALS.heapMb} MB: ${verdict(defaultHeap.usedSize / 1024 / 1024, GOALS.heapMb)}`);
    console.log('Other views:');
    console.log('  (first rows = first queue row in the DOM, measured in the page from the click or the start of the page load)');
    console.log(`  First rows visible, in-app navigation, first visit after a page load (median of 3): ${describeFirstRows(median(afterReload))} ${all(afterReload)}`);
    console.log(`  First rows visible, full page load, paged view:     ${describeFirstRows(fullLoadPaged)}`);
    console.log(`  First rows visible, full page load, scrolling view: ${describeFirstRows(fullLoadScrolling)}`);
    console.log(`  Scrolled ${metrics.scrollHeight.toLocaleString('en-US')} px in ${stops} stops (${Math.round(scrollMs)} ms); last row index ${lastRow} (of ${QUEUE_SIZE + 1} incl. header)`);
    console.log(`  Scrolling list: most DOM elements at any stop: ${maxElements}  goal <= ${GOALS.domNodes}: ${verdict(maxElements, GOALS.domNodes)}`);
    console.log(`  Most DOM nodes incl. text at any stop: ${maxNodes}`);
    console.log(`  Scrolling list: JS heap after scrolling it all: ${mb(before.usedSize)} used (performance.memory ${mb(perfMemory)}); after GC ${mb(after.usedSize)}  goal <= ${GOALS.heapMb} MB: ${verdict(before.usedSize / 1024 / 1024, GOALS.heapMb)}`);
  } finally {
    await browser.close();
    await sandbox.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
