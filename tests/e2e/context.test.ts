import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './harness/extension';
import { highlights } from './harness/overlay';
import { serveStatic, type StaticServer } from './harness/server';

// A page shows what judge() decides: an insult aimed at someone is underlined, the same word
// about a thing is not, and swearing aimed at no one only when the user asks, never pausing.
const SHOWN = { timeout: 5000 };

describe('judgement in context, in a page', () => {
  const env = {} as { server: StaticServer; session: ExtensionSession };
  beforeAll(async () => {
    env.server = await serveStatic(resolve('tests/e2e/fixtures'));
    env.session = await launchWithExtension();
  });
  afterAll(async () => {
    await env.session?.close();
    await env.server?.close();
  });
  afterEach(() => {
    expect(env.session.strayRequests).toEqual([]);
  });

  const write = async (text: string): Promise<Page> => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/textarea.html'));
    await page.evaluate(() => {
      const w = window as unknown as { sends: number };
      w.sends = 0;
      document.getElementById('send')!.addEventListener('click', () => (w.sends += 1));
    });
    await page.locator('#comment').click();
    await page.keyboard.type(text);
    return page;
  };
  const sends = (page: Page) => page.evaluate(() => (window as unknown as { sends: number }).sends);
  const pauseDialog = (page: Page) => page.locator('sansi-overlay [role="dialog"]');

  it('underlines an insult aimed at the reader, not the same kind of word about a thing', async () => {
    const aimed = await write('you are an idiot');
    await expect.poll(() => highlights(aimed).count(), SHOWN).toBe(1);
    await aimed.close();

    const about = await write('this update is stupid');
    await about.waitForTimeout(1000);
    expect(await highlights(about).count()).toBe(0);
    await about.getByRole('button', { name: '发送 Send' }).click();
    expect(await sends(about)).toBe(1);
    expect(await pauseDialog(about).count()).toBe(0);
    await about.close();
  });

  it('underlines swearing aimed at no one only with the setting on, and never pauses for it', async () => {
    const page = await write('卧槽，这也太好看了');
    await page.waitForTimeout(1000);
    expect(await highlights(page).count()).toBe(0);

    const options = await env.session.openOptions();
    const toggle = options.getByRole('checkbox', { name: 'Also underline swearing aimed at no one' });
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    // The open tab follows without a reload.
    await expect.poll(() => highlights(page).count(), SHOWN).toBe(1);
    await page.getByRole('button', { name: '发送 Send' }).click();
    expect(await sends(page)).toBe(1);
    expect(await pauseDialog(page).count()).toBe(0);

    await toggle.uncheck();
    await expect.poll(() => highlights(page).count(), SHOWN).toBe(0);
    await options.close();
    await page.close();
  });
});
