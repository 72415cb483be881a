import type { Locator, Page } from 'playwright-core';

/** An editor fixture page: where it is and how to reach its editable element. */
export interface EditorFixture {
  name: string;
  /** Path under the built fixtures, e.g. `editors/lexical.html`. */
  path: string;
  /** CSS selector of the element the user types into. */
  editable: string;
}

export const editorFixtures: Record<string, EditorFixture> = Object.fromEntries(
  (
    [
      ['lexical', '#editor'],
      ['draftjs', '#editor [contenteditable="true"]'],
      ['prosemirror', '.ProseMirror'],
      ['quill', '.ql-editor'],
      ['slate', '[data-slate-editor]'],
      ['ckeditor', '.ck-editor__editable'],
      ['contenteditable', '#editor'],
      ['plaintext-only', '#editor'],
      ['textarea', 'textarea'],
    ] as const
  ).map(([name, editable]) => [name, { name, path: `editors/${name}.html`, editable }]),
);

/** Opens a fixture page and waits until its editor is ready. */
export async function openEditor(page: Page, url: string, fixture: EditorFixture): Promise<Locator> {
  await page.goto(url);
  await page.waitForFunction(() => Boolean(window.fixture?.editable()));
  const editable = page.locator(fixture.editable).first();
  await editable.click();
  return editable;
}

export function modelText(page: Page): Promise<string> {
  return page.evaluate(() => window.fixture.modelText());
}

export function sent(page: Page): Promise<string[]> {
  return page.evaluate(() => window.fixture.sent);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the browser draws the `nth` occurrence of `word` in the editor: a DOM Range over the
 * editor's own text nodes, or, for a textarea, over a mirror laid out like it.
 */
export function wordBox(page: Page, word: string, nth = 0): Promise<Box | null> {
  return page.evaluate(
    ([word, nth]) => {
      const editable = window.fixture.editable();
      let range: Range | null = null;
      let mirror: HTMLElement | null = null;
      if (editable instanceof HTMLTextAreaElement) {
        const style = getComputedStyle(editable);
        mirror = document.createElement('div');
        for (const key of ['font', 'padding', 'border', 'boxSizing', 'lineHeight', 'letterSpacing'] as const) mirror.style[key] = style[key];
        const box = editable.getBoundingClientRect();
        Object.assign(mirror.style, {
          position: 'absolute',
          whiteSpace: 'pre-wrap',
          width: `${box.width}px`,
          left: `${box.left + scrollX}px`,
          top: `${box.top + scrollY - editable.scrollTop}px`,
        });
        mirror.textContent = editable.value;
        document.body.append(mirror);
      }
      const root = mirror ?? editable;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let at = node.data.indexOf(word); at !== -1; at = node.data.indexOf(word, at + 1)) {
          if (seen++ !== nth) continue;
          range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          break;
        }
        if (range) break;
      }
      const rect = range?.getBoundingClientRect();
      mirror?.remove();
      return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
    },
    [word, nth] as const,
  );
}

/** The editor's HTML with the values that differ between two loads (random keys, ids) blanked. */
export function editorHtml(page: Page): Promise<string> {
  return page.evaluate(() => {
    const editable = window.fixture.editable();
    if (editable instanceof HTMLTextAreaElement) return editable.value;
    const clone = editable.cloneNode(true) as HTMLElement;
    for (const element of [clone, ...clone.querySelectorAll('*')]) {
      for (const attribute of [...element.attributes]) {
        if (/^(id|for|data-offset-key|data-editor|data-block|aria-[\w-]+)$/.test(attribute.name)) element.setAttribute(attribute.name, '');
      }
    }
    return clone.outerHTML;
  });
}
