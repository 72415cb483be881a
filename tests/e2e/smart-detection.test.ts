import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { scoreDraft } from '../../lib/model';
import { launchWithExtension, screenshotDir, type ExtensionSession } from './harness/extension';
import { storedOutcomes } from './harness/outcomes';
import { highlights } from './harness/overlay';
import { serveStatic, type StaticServer } from './harness/server';

// Issue 9: the on-device model's draft-level nudge, for attacks no listed term catches.
// A sweeping put-down of a group with no listed word, over the banner's calibrated threshold.
const IMPLICIT_ZH = '外地人骂人好傻，像小学生';
const IMPLICIT_EN = 'women should stay in the kitchen';
// Scoring waits for a 300 ms pause in typing; a loaded machine needs room beyond that.
const SHOWN = { timeout: 5000 };

const nudge = (page: Page): Locator => page.locator('sansi-overlay [data-sansi-nudge="model"]');
const marks = (page: Page): Locator => page.locator('sansi-overlay [data-sansi-span]');

describe('smart detection', () => {
  // The plain textarea page needs no build: served straight from the fixtures folder.
  const env = {} as { server: StaticServer; session: ExtensionSession };
  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
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
    // The fixture's button does nothing of its own: count the clicks that reach the page.
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

  it('nudges on an implicit attack with no listed term, marks its spans, and never holds the send', async () => {
    const page = await write(IMPLICIT_ZH);
    await expect.poll(() => nudge(page).count(), SHOWN).toBe(1);
    expect(await nudge(page).getAttribute('role')).toBe('status');
    expect(await nudge(page).textContent()).toContain('This may read as an attack on a group');
    expect(await nudge(page).textContent()).toContain('won’t show this kind of nudge on this site again');
    // One mark per contributing span the shipped model names for this draft.
    expect(await marks(page).count()).toBe(scoreDraft(IMPLICIT_ZH).spans.length);
    expect(await marks(page).count()).toBeGreaterThan(0);
    // The model's marks are not norm flags: no listed term is in this draft.
    expect(await highlights(page).count()).toBe(0);
    // The marks sit on the draft's characters, and the banner does not cover the send button.
    const field = (await page.locator('#comment').boundingBox())!;
    const mark = (await marks(page).first().boundingBox())!;
    expect(mark.x).toBeGreaterThanOrEqual(field.x);
    expect(mark.y + mark.height).toBeLessThanOrEqual(field.y + field.height);
    const banner = (await nudge(page).boundingBox())!;
    const button = (await page.locator('#send').boundingBox())!;
    expect(banner.y + banner.height <= button.y || banner.y >= button.y + button.height).toBe(true);
    await page.screenshot({ path: join(screenshotDir, 'smart-detection-zh.png') });

    const firstScore = await page.evaluate(() => performance.getEntriesByName('sansi:smart-detection:first-score').map((entry) => entry.duration));
    console.log(`smart detection, first score in the content script (import, decode, score): ${firstScore.map((ms) => `${ms.toFixed(1)} ms`).join(', ')}`);

    await page.getByRole('button', { name: '发送 Send' }).click();
    expect(await sends(page)).toBe(1);
    expect(await page.locator('sansi-overlay [role="dialog"]').count()).toBe(0);
    await page.close();

    await expect.poll(async () => (await storedOutcomes(env.session)).length).toBe(1);
    const [outcome] = await storedOutcomes(env.session);
    expect(outcome).toMatchObject({ host: '127.0.0.1', outcome: 'sent-anyway', flags: [], pauseShown: false, modelFired: true });
    expect(JSON.stringify(outcome)).not.toContain('外地人');
  });

  it('shows no banner on an English draft the model scores below the banner’s calibrated threshold', async () => {
    // judge() shows the English banner only at the model's own threshold (it nudges no
    // GoEmotions post); this draft scores about 0.53, as `npm run check -- --judge` prints.
    const page = await write(IMPLICIT_EN);
    await page.waitForTimeout(1500);
    expect(await nudge(page).count()).toBe(0);
    expect(await marks(page).count()).toBe(0);
    expect(await highlights(page).count()).toBe(0);
    await page.close();
  });

  it('leaves a draft with a listed term to the norms', async () => {
    const page = await write(`${IMPLICIT_ZH}，傻逼`);
    await expect.poll(() => highlights(page).count(), SHOWN).toBe(1);
    await page.waitForTimeout(1000);
    expect(await nudge(page).count()).toBe(0);
    await page.close();
  });

  it('follows the options page switch in an open tab', async () => {
    const page = await write(IMPLICIT_ZH);
    await expect.poll(() => nudge(page).count(), SHOWN).toBe(1);
    const options = await env.session.openOptions();
    const toggle = options.getByRole('checkbox', { name: 'Smart detection' });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => nudge(page).count(), SHOWN).toBe(0);
    expect(await marks(page).count()).toBe(0);
    await toggle.check();
    await expect.poll(() => nudge(page).count(), SHOWN).toBe(1);
    await options.close();
    await page.close();
  });

  // Last: it keeps the model quiet on this test's only site.
  it('"not abusive here" takes the nudge away on this site, for good', async () => {
    const page = await write(IMPLICIT_ZH);
    await expect.poll(() => nudge(page).count(), SHOWN).toBe(1);
    await nudge(page).getByRole('button', { name: 'Not abusive here' }).click();
    await expect.poll(() => nudge(page).count()).toBe(0);
    // The click left the caret in the draft.
    await page.keyboard.type('！');
    expect(await page.locator('#comment').inputValue()).toBe(`${IMPLICIT_ZH}！`);

    await page.reload();
    await page.locator('#comment').click();
    await page.keyboard.type(IMPLICIT_ZH);
    await page.waitForTimeout(1500);
    expect(await nudge(page).count()).toBe(0);
    expect(await marks(page).count()).toBe(0);
    // The norms still work here.
    await page.keyboard.type('，傻逼');
    await expect.poll(() => highlights(page).count(), SHOWN).toBe(1);
    await page.close();
  });
});
