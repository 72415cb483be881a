import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storedOutcomes } from './harness/outcomes';
import { highlights } from './harness/overlay';
import { useFixtureSession } from './harness/session';

// A hostile page tries, in one run, everything that used to drive Sansi without the user: it
// writes with no gesture, reads the overlay, presses Sansi's buttons and dispatches WXT's
// start-up event. Each attempt must fail: nothing woken, nothing read, nothing recorded or
// allowed, and Sansi still on.
describe('a hostile page', () => {
  const env = useFixtureSession();
  const allowEntries = async (): Promise<number> => {
    const popup = await env.session.openPopup();
    try {
      return await popup.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const request = indexedDB.open('sansi');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const db = request.result;
              const stores = [...db.objectStoreNames].filter((name) => /allow/i.test(name));
              if (stores.length === 0) return resolve(0);
              const transaction = db.transaction(stores);
              let total = 0;
              let left = stores.length;
              for (const name of stores) {
                const count = transaction.objectStore(name).count();
                count.onsuccess = () => {
                  total += count.result;
                  if (--left === 0) {
                    db.close();
                    resolve(total);
                  }
                };
              }
            };
          }),
      );
    } finally {
      await popup.close();
    }
  };
  const attack = <R>(page: Page, run: (attack: Window['attack']) => R): Promise<R> => page.evaluate(run as never) as Promise<R>;

  it('cannot wake Sansi, read or press its overlay, forge outcomes or allow entries, or switch it off', async () => {
    const outcomesBefore = (await storedOutcomes(env.session)).length;
    const allowsBefore = await allowEntries();
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('fields/attack.html'));

    // 1. Focus, a value and synthetic input events, without the user: Sansi stays asleep.
    await page.evaluate(() => window.attack.writeWithoutUser());
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => window.attack.readOverlay())).toEqual({ found: false, shadowRoot: false, text: '' });
    expect(await highlights(page).count()).toBe(0);

    // The user writes: Sansi draws, and the page cannot see what.
    await page.getByLabel('评论 Comment').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('you idiot');
    await expect.poll(() => highlights(page).count()).toBe(1);
    const overlay = await page.evaluate(() => window.attack.readOverlay());
    expect(overlay.found).toBe(true);
    expect(overlay.shadowRoot).toBe(false);
    expect(overlay.text).not.toContain('idiot');
    expect(overlay.text).not.toMatch(/Insult|Replace|Not abusive/);

    // 2. With the card open, the page clicks every button it can reach and over the word.
    const box = (await highlights(page).first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('sansi-overlay [data-sansi-card]').count()).toBe(1);
    await page.evaluate(({ x, y }) => window.attack.clickOverWord(x, y), { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    await page.evaluate(() => window.attack.pressEverything());
    expect(await page.getByLabel('评论 Comment').inputValue()).toBe('you idiot');
    expect(await page.locator('sansi-overlay [role="dialog"]').count()).toBe(0);

    // 3. The pause is open for the user's own send; the page presses "Post anyway" for them.
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.locator('sansi-overlay [role="dialog"]').count()).toBe(1);
    await page.evaluate(() => window.attack.pressEverything());
    await page.waitForTimeout(200);
    expect(await page.locator('sansi-overlay [role="dialog"]').count()).toBe(1);
    expect(await page.evaluate(() => window.sends)).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('sansi-overlay [role="dialog"]').count()).toBe(0);

    // 4. WXT's start-up event, forged: Sansi stays on in this tab.
    await page.evaluate((id) => window.attack.switchOff(id), env.session.extensionId);
    await page.keyboard.type(' 傻逼');
    await expect.poll(() => highlights(page).count()).toBe(2);

    await page.close();
    // Nothing the page did was recorded: only the user's draft, left with the page.
    await expect.poll(async () => (await storedOutcomes(env.session)).length).toBe(outcomesBefore + 1);
    const [last] = (await storedOutcomes(env.session)).slice(-1);
    expect(last!.outcome).toBe('abandoned');
    expect(last!.pauseShown).toBe(true);
    expect(await allowEntries()).toBe(allowsBefore);
  });
});
