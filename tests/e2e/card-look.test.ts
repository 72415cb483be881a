import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshotDir, type ExtensionSession } from './harness/extension';
import { highlights } from './harness/overlay';

// The in-page card and pause follow the colour scheme, and the demo's presentation mode grows
// them by the same factor as the rest of the demo (1.5).
const card = (page: Page) => page.locator('sansi-overlay [data-sansi-card]');
const style = (locator: Locator, property: 'width' | 'fontSize' | 'backgroundColor' | 'color') => locator.evaluate((element, name) => getComputedStyle(element)[name], property);
const px = async (locator: Locator, property: 'width' | 'fontSize') => parseFloat(await style(locator, property));
/** The relative luminance of an `rgb(…)` colour, as WCAG defines it. */
const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('the card and the pause, dark and presented', () => {
  let session: ExtensionSession;
  let page: Page;
  const sample = () => page.getByRole('button', { name: /f\.u\.c\.k this referee/ });
  const openCard = async () => {
    await page.mouse.move(5, 5);
    await expect.poll(() => card(page).count()).toBe(0);
    await sample().click();
    await expect.poll(() => highlights(page).count()).toBe(1);
    const box = (await highlights(page).first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => card(page).count()).toBe(1);
    return card(page);
  };

  beforeAll(async () => {
    session = await launchWithExtension();
    page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${session.extensionId}/demo.html`);
    await page.getByRole('combobox', { name: /Language|语言/ }).selectOption('en');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('follows the dark scheme, its text at AA contrast', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await openCard();
    const lightBackground = await style(light, 'backgroundColor');
    expect(luminance(lightBackground)).toBeGreaterThan(0.9);
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = await style(light, 'backgroundColor');
    const text = await style(light, 'color');
    expect(luminance(background)).toBeLessThan(0.05);
    expect(contrast(background, text)).toBeGreaterThanOrEqual(4.5);
    const replace = light.getByRole('button', { name: 'Replace' });
    expect(contrast(await style(replace, 'backgroundColor'), await style(replace, 'color'))).toBeGreaterThanOrEqual(4.5);
    await page.screenshot({ path: join(screenshotDir, 'card-demo-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('grows the card and the dialog by the presentation factor', async () => {
    const usual = await openCard();
    const before = { width: await px(usual, 'width'), font: await px(usual.getByRole('button', { name: 'Replace' }), 'fontSize'), heading: await px(usual.getByRole('heading'), 'fontSize') };
    await page.getByRole('checkbox', { name: 'Presentation mode' }).check();
    const big = await openCard();
    expect((await px(big, 'width')) / before.width).toBeCloseTo(1.5, 1);
    expect((await px(big.getByRole('button', { name: 'Replace' }), 'fontSize')) / before.font).toBeCloseTo(1.5, 1);
    expect((await px(big.getByRole('heading'), 'fontSize')) / before.heading).toBeCloseTo(1.5, 1);
    await page.screenshot({ path: join(screenshotDir, 'card-demo-presentation.png') });

    await page.getByRole('button', { name: /just go kill yourself/ }).click();
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    const edit = dialog.getByRole('button', { name: 'Edit' });
    const presented = await px(edit, 'fontSize');
    await page.screenshot({ path: join(screenshotDir, 'pause-demo-presentation.png') });
    await edit.click();
    await page.getByRole('checkbox', { name: 'Presentation mode' }).uncheck();
    // The same draft sent again within a second counts as the same send: wait as a person would.
    await page.waitForTimeout(1000);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(1);
    expect(presented / (await px(edit, 'fontSize'))).toBeCloseTo(1.5, 1);
    await edit.click();
  });
});
