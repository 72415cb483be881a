import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshotDir, type ExtensionSession } from './harness/extension';
import { highlights } from './harness/overlay';
import { serveStatic, type StaticServer } from './harness/server';

/** Sends a raw protocol message from an extension page, as a curious teen could from DevTools. */
function sendRaw(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((body) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(body), message);
}

describe('parent mode', () => {
  let server: StaticServer;
  let session: ExtensionSession;
  let options: Page;

  beforeAll(async () => {
    server = await serveStatic(resolve('tests/e2e/fixtures'));
    session = await launchWithExtension();
    options = await session.openOptions();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  afterEach(() => {
    expect(session.strayRequests).toEqual([]);
  });

  it('sets a PIN, which switches the teen preset on and locks settings', async () => {
    const parent = options.getByRole('region', { name: 'Parent mode' });
    await parent.getByLabel('PIN or passphrase', { exact: true }).fill('2468');
    await parent.getByLabel('PIN or passphrase again').fill('2468');
    await parent.getByRole('button', { name: 'Turn on parent mode' }).click();
    await expect.poll(() => parent.getByText(/Unlocked until/).count()).toBe(1);
    await expect.poll(() => options.getByRole('checkbox', { name: 'Use “Teen (anti-bullying)”' }).isChecked()).toBe(true);
    await parent.getByRole('button', { name: 'Lock now' }).click();
    await expect.poll(() => parent.getByText(/Settings are locked/).count()).toBe(1);
    expect(await options.getByRole('note').textContent()).toContain('never what you write');
    await options.screenshot({ path: join(screenshotDir, 'options-parent-locked.png') });
  });

  it('refuses settings changes sent straight to the background while locked', async () => {
    const messages = [
      { type: 'editNorms', payload: { op: 'setListActive', listId: 'teen', active: false } },
      { type: 'setPauseThreshold', payload: { severity: 3 } },
      { type: 'setSiteEnabled', payload: { host: '127.0.0.1', enabled: false } },
      { type: 'deleteAllData', payload: {} },
      { type: 'exportRecords', payload: {} },
      { type: 'removeParentLock', payload: {} },
    ];
    for (const message of messages) expect(await sendRaw(options, message)).toEqual({ ok: false, error: 'locked' });
    // The UI holds the control and says why beside it.
    const teen = options.getByRole('checkbox', { name: 'Use “Teen (anti-bullying)”' });
    expect(await teen.isDisabled()).toBe(true);
    expect(await teen.isChecked()).toBe(true);
    expect(await options.getByRole('region', { name: 'Norms lists' }).getByText('Locked by a parent').count()).toBe(1);
  });

  it('offers no "not abusive here" on the card while locked: the word stays flagged', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/textarea.html'));
    const field = page.getByLabel('写评论 Write a comment');
    await field.pressSequentially('you idiot');
    await expect.poll(() => highlights(page).count()).toBe(1);
    const box = (await highlights(page).first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const card = page.locator('sansi-overlay [data-sansi-card]');
    await expect.poll(() => card.getByRole('button', { name: 'Replace' }).count()).toBe(1);
    expect(await card.getByRole('button', { name: 'Not abusive here' }).count()).toBe(0);
    await page.reload();
    await page.getByLabel('写评论 Write a comment').pressSequentially('you idiot');
    await expect.poll(() => highlights(page).count()).toBe(1);
    await page.close();
  });

  it('shows the teen that a parent manages Sansi, in the popup too', async () => {
    const popup = await session.openPopup();
    await expect.poll(() => popup.getByRole('note').count()).toBe(1);
    expect(await popup.getByRole('note').textContent()).toContain('Managed by a parent');
    await popup.close();
  });

  it('unlocks with the right PIN only, then lets a parent change settings', async () => {
    const parent = options.getByRole('region', { name: 'Parent mode' });
    await parent.getByLabel('PIN or passphrase', { exact: true }).fill('1111');
    await parent.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => parent.getByText('Wrong PIN.').count()).toBe(1);
    await parent.getByLabel('PIN or passphrase', { exact: true }).fill('2468');
    await parent.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => parent.getByText(/Unlocked until/).count()).toBe(1);
    expect(await sendRaw(options, { type: 'setPauseThreshold', payload: { severity: 2 } })).toMatchObject({ ok: true });
  });

  it('holds against the escape route: forgot PIN, reset, lists off, a new PIN, lock', async () => {
    const parent = options.getByRole('region', { name: 'Parent mode' });
    await parent.getByRole('button', { name: 'Lock now' }).click();
    await parent.getByText('Forgot the PIN?').click();
    await parent.getByLabel('Erase all records and remove the lock').check();
    await parent.getByRole('button', { name: 'Reset parent mode' }).click();
    await expect.poll(() => options.getByRole('note').filter({ hasText: 'was reset on' }).count()).toBe(1);

    // With no PIN set, everything can be switched off…
    for (const name of ['English general', 'Chinese general', 'Teen (anti-bullying)']) {
      const list = options.getByRole('checkbox', { name: `Use “${name}”` });
      await expect.poll(() => list.isDisabled()).toBe(false);
      await list.click();
      await expect.poll(() => list.isChecked()).toBe(false);
    }
    expect(await sendRaw(options, { type: 'setSiteEnabled', payload: { host: '127.0.0.1', enabled: false } })).toMatchObject({ ok: true });

    // …and a PIN of one's own switches parent mode on with every default back, notice and all.
    await parent.getByLabel('PIN or passphrase', { exact: true }).fill('my own passphrase');
    await parent.getByLabel('PIN or passphrase again').fill('my own passphrase');
    await parent.getByRole('button', { name: 'Turn on parent mode' }).click();
    await expect.poll(() => parent.getByText(/Unlocked until/).count()).toBe(1);
    await parent.getByRole('button', { name: 'Lock now' }).click();
    for (const name of ['English general', 'Chinese general', 'Teen (anti-bullying)']) {
      await expect.poll(() => options.getByRole('checkbox', { name: `Use “${name}”` }).isChecked()).toBe(true);
    }
    expect(await options.getByRole('note').filter({ hasText: 'was reset on' }).count()).toBe(1);

    const popup = await session.openPopup();
    await expect.poll(() => popup.getByRole('note').count()).toBe(2);
    expect(await popup.getByRole('note').allTextContents()).toEqual([expect.stringContaining('Managed by a parent'), expect.stringContaining('was reset on')]);
    await popup.close();

    // The site is checked again.
    const page = await session.context.newPage();
    await page.goto(server.url('/textarea.html'));
    await page.getByLabel('写评论 Write a comment').pressSequentially('you idiot');
    await expect.poll(() => highlights(page).count()).toBe(1);
    await page.close();
  });

  it('dismisses the notice only with the PIN', async () => {
    const parent = options.getByRole('region', { name: 'Parent mode' });
    expect(await parent.getByRole('button', { name: 'Dismiss the reset notice' }).count()).toBe(0);
    expect(await sendRaw(options, { type: 'acknowledgeReset', payload: {} })).toEqual({ ok: false, error: 'locked' });
    await parent.getByLabel('PIN or passphrase', { exact: true }).fill('my own passphrase');
    await parent.getByRole('button', { name: 'Unlock' }).click();
    await parent.getByRole('button', { name: 'Dismiss the reset notice' }).click();
    await expect.poll(() => options.getByRole('note').filter({ hasText: 'was reset on' }).count()).toBe(0);
    await parent.getByRole('button', { name: 'Lock now' }).click();
  });

  it('shows a lock row deleted from the database by hand as tampering, not as parent mode off', async () => {
    await options.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('sansi');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').delete('parentLock');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    const popup = await session.openPopup();
    await expect.poll(() => popup.getByRole('note').filter({ hasText: 'removed outside Sansi' }).count()).toBe(1);
    await popup.close();
  });

  it('counts 10,000 guesses sent at once one by one: the right PIN among them does not unlock', async () => {
    const parent = options.getByRole('region', { name: 'Parent mode' });
    await options.reload();
    await parent.getByLabel('PIN or passphrase', { exact: true }).fill('2468');
    await parent.getByLabel('PIN or passphrase again').fill('2468');
    await parent.getByRole('button', { name: 'Turn on parent mode' }).click();
    await parent.getByRole('button', { name: 'Lock now' }).click();
    await expect.poll(() => parent.getByText(/Settings are locked/).count()).toBe(1);
    const summary = await options.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: { ok: boolean; failures?: number; retryAfterMs?: number } }> } } }).chrome;
      const guesses = Array.from({ length: 10_000 }, (_, n) => String(n).padStart(4, '0'));
      const replies = await Promise.all(guesses.map((pin) => chrome.runtime.sendMessage({ type: 'unlockSettings', payload: { pin } })));
      return {
        unlocked: replies.filter((reply) => reply.ok && reply.value.ok).length,
        mostFailures: Math.max(...replies.map((reply) => reply.value.failures ?? 0)),
        waited: replies.filter((reply) => (reply.value.retryAfterMs ?? 0) > 0).length,
      };
    });
    expect(summary).toEqual({ unlocked: 0, mostFailures: 5, waited: 10_000 - 4 });
    expect(await sendRaw(options, { type: 'setPauseThreshold', payload: { severity: 3 } })).toEqual({ ok: false, error: 'locked' });
  }, 120_000);
});
