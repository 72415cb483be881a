import type { Locator, Page } from 'playwright-core';

/** The highlights Sansi drew (Playwright's CSS engine pierces open shadow roots). */
export function highlights(page: Page): Locator {
  return page.locator('sansi-overlay [data-sansi-flag]');
}
