import { expect, test, type Page } from '@playwright/test';
import { login } from './support/login';
import { heading } from './support/page-heading';

// The console runs under a CSP without 'unsafe-eval': nothing may try to evaluate code (zod's
// eval probe did, on every page), so no page load may report a violation.
async function recordViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  // Reported from every document the page loads, so navigations lose nothing.
  await page.exposeFunction('reportCspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test('no page reports a Content-Security-Policy violation', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/sign-in');
  await login(page, 'admin', 'admin');
  // Form screens build and run the zod schemas.
  await page.goto('/settings/mta/milters/new');
  await expect(heading(page, 'New milter')).toBeVisible();
  await page.getByRole('button', { name: 'Create milter' }).click();
  await page.goto('/settings/spam/general');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
