// What the page itself sends to /jmap/: recorded to check what a save sent, or answered in place of
// the server for refusals the sandbox would never make.
import type { Page } from '@playwright/test';

/** Bodies of every JMAP POST that contains a /set call. */
export function recordSets(page: Page): string[] {
  const sets: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/jmap/' && (request.postData() ?? '').includes('/set')) {
      sets.push(request.postData() ?? '');
    }
  });
  return sets;
}

/**
 * Answers the next `type`/set create with this SetError, as the server would (the /get beside it
 * finds nothing). Answers whether that has happened yet.
 */
export async function refuseNextCreate(page: Page, type: string, setError: Record<string, unknown>): Promise<() => boolean> {
  const method = `${type}/set`;
  let answered = false;
  await page.route('**/jmap/', async (route) => {
    const body = route.request().postData() ?? '';
    if (answered || !body.includes(method)) return route.fallback();
    answered = true;
    const calls = JSON.parse(body).methodCalls as [string, Record<string, unknown>, string][];
    const answers = calls.map(([name, args, id]) =>
      name === method
        ? [name, { accountId: args.accountId, created: {}, notCreated: Object.fromEntries(Object.keys(args.create as object).map((k) => [k, setError])) }, id]
        : [name, { accountId: args.accountId, list: [], notFound: args.ids }, id],
    );
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ methodResponses: answers, sessionState: 'x' }) });
  });
  return () => answered;
}
