import { describe, expect, it } from 'vitest';
import { highlights } from './harness/overlay';
import { useFixtureSession } from './harness/session';

// The card stays out of the way: it opens on hover, on Alt+Enter, or when the caret rests in a
// flagged word; it never covers the field, so the line being typed stays visible and clicks
// on the field reach the field.
// How long the caret rests before the card opens (CARET_REST_MS in lib/drafts/features/card.ts,
// which cannot be imported into Node: it reads the browser's language).
const CARET_REST_MS = 600;

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the card', () => {
  const env = useFixtureSession();
  const card = (page: import('playwright-core').Page) => page.locator('sansi-overlay [data-sansi-card]');

  it('waits for the caret to rest in a flagged word, then opens off the field', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('editors/textarea.html'));
    await page.waitForFunction(() => Boolean(window.fixture?.editable()));
    const field = page.locator('textarea');
    await field.click();
    // Typing through a word opens nothing.
    await page.keyboard.type('you idiot and more words');
    await expect.poll(() => highlights(page).count()).toBe(1);
    expect(await card(page).count()).toBe(0);
    // The caret comes back into the word and rests there.
    for (let i = 0; i < 'and more words'.length + 3; i += 1) await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(CARET_REST_MS / 2);
    expect(await card(page).count()).toBe(0);
    await expect.poll(() => card(page).count()).toBe(1);
    const cardBox = (await card(page).boundingBox())!;
    const fieldBox = (await field.boundingBox())!;
    const overlaps = cardBox.x < fieldBox.x + fieldBox.width && fieldBox.x < cardBox.x + cardBox.width && cardBox.y < fieldBox.y + fieldBox.height && fieldBox.y < cardBox.y + cardBox.height;
    expect(overlaps).toBe(false);
    // A click anywhere on the field reaches the field.
    await page.mouse.click(fieldBox.x + fieldBox.width - 20, fieldBox.y + fieldBox.height - 12);
    expect(await field.evaluate((element) => document.activeElement === element && (element as HTMLTextAreaElement).selectionStart === (element as HTMLTextAreaElement).value.length)).toBe(true);
    await expect.poll(() => card(page).count()).toBe(0);
    await page.close();
  });

  it('opens at once on Alt+Enter in a flagged word, with the focus in it', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('editors/textarea.html'));
    await page.waitForFunction(() => Boolean(window.fixture?.editable()));
    await page.locator('textarea').click();
    await page.keyboard.type('you idiot');
    await expect.poll(() => highlights(page).count()).toBe(1);
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => card(page).count()).toBe(1);
    await expect.poll(() => page.locator('sansi-overlay button:focus').textContent()).toBe('Replace');
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    expect(await page.locator('textarea').evaluate((element) => document.activeElement === element)).toBe(true);
    await page.close();
  });

  it('keeps off the site’s send button and the line being typed in a small window, and can still be used', async () => {
    const page = await env.session.context.newPage();
    await page.setViewportSize({ width: 800, height: 520 });
    await page.goto(env.server.url('editors/textarea.html'));
    await page.waitForFunction(() => Boolean(window.fixture?.editable()));
    const field = page.locator('textarea');
    await field.evaluate((element) => ((element as HTMLElement).style.height = '300px'));
    await field.click();
    await page.keyboard.type('a long comment that goes on\n'.repeat(6) + 'you idiot');
    await expect.poll(() => highlights(page).count()).toBe(1);
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => card(page).count()).toBe(1);
    const cardBox = (await card(page).boundingBox())!;
    const word = (await highlights(page).first().boundingBox())!;
    expect(overlap(cardBox, (await page.locator('#send').boundingBox())!)).toBe(false);
    expect(overlap(cardBox, { x: 0, y: word.y, width: 800, height: word.height })).toBe(false);
    expect(cardBox.y).toBeGreaterThanOrEqual(0);
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(520);
    // Its buttons scroll into reach inside it: Replace still works from the keyboard.
    await expect.poll(() => page.locator('sansi-overlay button:focus').textContent()).toBe('Replace');
    await page.keyboard.press('Enter');
    await expect.poll(() => field.inputValue()).not.toContain('idiot');
    await page.close();
  });
});
