// The 1 MB paste rows of `npm run bench:e2e`: the longest main-thread task from the paste to
// the end of the checks it starts, on a page where Sansi runs and on the same page where it
// does not. What a person feels of such a paste is its longest freeze; Sansi may add tasks of
// its own but should leave that freeze about as long as the browser alone makes it.
import type { BrowserContext, Page } from 'playwright-core';
import { editorFixtures, openEditor } from '../../e2e/harness/editors';
import { highlights } from '../../e2e/harness/overlay';
import { allowClipboard, MEGABYTE, pasteThroughClipboard, watchLongTasks } from '../../e2e/harness/paste';

/** Pastes per figure, each side: one paste moves by a hundred milliseconds on a busy box. */
export const PASTES = 7;

// Between the focus and the paste, on both sides: Sansi wakes on the focus (its config asked
// of the background, its lists compiled in idle time), which the first-focus row measures.
// Pasting in the middle of it would add that work to the paste's figure, by however far the
// wake-up had got.
const FOCUSED_MS = 1000;

// Long enough for every check a paste starts: the one of a long draft waits for a pause in
// typing (400 ms), and smart detection's after it (300 ms).
const SETTLE_MS = 1500;

// The text's length without laying the page out (the fixture's model text of a contenteditable
// is its innerText): the wait must not add a long task of its own to those measured.
const pastedLength = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const editable = window.fixture.editable();
    return editable instanceof HTMLTextAreaElement ? editable.value.length : (editable.textContent ?? '').length;
  });

async function untilPasted(page: Page): Promise<void> {
  const deadline = Date.now() + 30_000;
  while ((await pastedLength(page)) < 990_000) {
    if (Date.now() > deadline) throw new Error('The paste did not reach the editor');
    await page.waitForTimeout(100);
  }
}

/** The longest task of one 1 MB paste into a fresh page at `url`; `sansi`: wait for its highlights too. */
async function longestTaskOfPaste(context: BrowserContext, url: string, editor: string, sansi: boolean): Promise<number> {
  const fixture = editorFixtures[editor]!;
  const page = await context.newPage();
  try {
    await openEditor(page, url, fixture);
    await page.waitForTimeout(FOCUSED_MS);
    const longest = await watchLongTasks(page);
    await pasteThroughClipboard(page, MEGABYTE);
    await untilPasted(page);
    if (sansi) await highlights(page).first().waitFor({ state: 'attached', timeout: 20_000 });
    await page.waitForTimeout(SETTLE_MS);
    return await longest();
  } finally {
    await page.close();
  }
}

export interface PasteCost {
  /** The longest task of each paste, in milliseconds. */
  with: number[];
  without: number[];
}

/**
 * `PASTES` pastes into `editor` with Sansi (at `withUrl`) and as many without (at
 * `withoutUrl`, an origin the content script does not match), alternating, so a burst of load
 * on the machine weighs on both sides alike.
 */
export async function pasteCost(context: BrowserContext, editor: string, withUrl: (path: string) => string, withoutUrl: (path: string) => string): Promise<PasteCost> {
  await allowClipboard(context);
  const { path } = editorFixtures[editor]!;
  const cost: PasteCost = { with: [], without: [] };
  for (let i = 0; i < PASTES; i += 1) {
    cost.without.push(await longestTaskOfPaste(context, withoutUrl(path), editor, false));
    cost.with.push(await longestTaskOfPaste(context, withUrl(path), editor, true));
  }
  return cost;
}
