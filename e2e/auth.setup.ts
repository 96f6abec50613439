// Signs in once per demo account on each of the suite's shared sandboxes, through the real
// "Sign in with Stalwart" flow, and keeps the tab's sessionStorage in e2e/.auth/ for login() to
// restore: a test that is not about signing in then starts signed in. The sandboxes' tokens last
// an hour and refresh for 30 days (server defaults), and the console refreshes an expired one.
import { test as setup } from '@playwright/test';
import { signInWithStalwart } from './support/login';
import { readSessionEntries, rememberSignIn, ROLES, type Role } from './support/stored-sign-in';

const sandboxes: { name: string; urlOf: (baseURL: string | undefined) => string | undefined; roles: readonly Role[] }[] = [
  { name: 'the shared sandbox', urlOf: (baseURL) => baseURL, roles: ROLES },
  // The queue bulk suite signs in there as an administrator only.
  { name: 'the large-queue sandbox', urlOf: () => process.env.QUEUE_BULK_URL, roles: ['admin'] },
];

for (const { name, urlOf, roles } of sandboxes) {
  for (const role of roles) {
    setup(`sign in as ${role} on ${name}`, async ({ page, baseURL }) => {
      const url = urlOf(baseURL);
      if (!url) throw new Error(`No URL for ${name}`);
      await page.goto(new URL('/sign-in', url).toString());
      await signInWithStalwart(page, role, role);
      rememberSignIn(new URL(url).origin, role, await readSessionEntries(page), true);
    });
  }
}
