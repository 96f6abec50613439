import type { Page } from '@playwright/test';

/** The screen's title: its one level-1 heading. */
export const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
