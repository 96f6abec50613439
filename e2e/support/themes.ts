import { test, type Page } from '@playwright/test';

export type ColorScheme = 'light' | 'dark';

/** Runs `body` once per colour scheme (as the system preference), each as its own test step. */
export async function forEachTheme(page: Page, body: (scheme: ColorScheme) => Promise<void>): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await test.step(`${scheme} theme`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await body(scheme);
    });
  }
}
