import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../lib/sites';
import { modelText, sent } from '../harness/editors';
import { screenshotDir } from '../harness/extension';
import { highlights } from '../harness/overlay';
import { useFixtureSession } from '../harness/session';

// Each site adapter on a page that reproduces that site's composer and send button: the send
// button is found (the pause appears) and "Post anyway" lets the very same draft through.
describe('site adapters', () => {
  const env = useFixtureSession();

  it.each(adapters.map((adapter) => adapter.id))('%s: pauses its send button and lets the draft through', async (id) => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url(`sites/${id}.html`));
    await page.waitForFunction(() => Boolean(window.fixture?.editable()));
    await page.evaluate(() => window.fixture.editable().focus());
    await page.keyboard.type('你真是个傻逼');
    await expect.poll(() => highlights(page).count()).toBe(1);
    // The site's own button, found the way the page's code finds it.
    const button = await page.evaluateHandle(() => {
      const walk = (root: Document | ShadowRoot): HTMLElement | null => {
        for (const element of root.querySelectorAll<HTMLElement>('*')) {
          if (element.matches('button') && /评论|发布|Reply|Comment/.test(element.textContent ?? '') && !/Cancel/.test(element.textContent ?? '')) return element;
          const inner = element.shadowRoot && walk(element.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      return walk(document)!;
    });
    await button.asElement()!.click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    if (id === 'weibo' || id === 'x') await page.screenshot({ path: join(screenshotDir, `site-${id}-pause.png`) });
    expect(await sent(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => sent(page)).toEqual(['你真是个傻逼']);
    expect(await modelText(page)).toBe('你真是个傻逼');
    await page.close();
  });
});
