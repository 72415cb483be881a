import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftField } from '@/lib/drafts/fields/fields';
import { watchDrafts } from '@/lib/drafts/watching/watcher';
import { dispatchAsUser } from '../../support/user-events';

describe('watching drafts', () => {
  let controller: AbortController;
  let edits: DraftField[];
  let field: HTMLTextAreaElement;

  beforeEach(() => {
    // jsdom lays nothing out; the watcher only observes sizes to redraw.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe(): void {}
        disconnect(): void {}
      },
    );
    controller = new AbortController();
    edits = [];
    // (jsdom has no isContentEditable: editors that change their DOM are the e2e suite's.)
    document.body.innerHTML = '<textarea aria-label="Comment"></textarea>';
    field = document.querySelector('textarea')!;
    watchDrafts({ signal: controller.signal, onEdit: (each) => edits.push(each), onLayout: () => undefined });
  });
  afterEach(() => {
    controller.abort();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  const input = (target: Element, init: InputEventInit = {}): void => {
    dispatchAsUser(target, new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', ...init }));
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('checks a burst of edits once, as the event finishes', async () => {
    input(field, { data: 'a' });
    input(field, { data: 'b' });
    await Promise.resolve();
    expect(edits).toEqual([field]);
    await settle();
    expect(edits).toEqual([field]);
  });

  it('checks a paste or a drop in a task of its own, after the one that inserted the text', async () => {
    for (const inputType of ['insertFromPaste', 'insertFromDrop']) {
      edits = [];
      input(field, { inputType });
      await Promise.resolve();
      // Not in the inserting task: a megabyte pasted would make it as long as the check too.
      expect(edits).toEqual([]);
      await vi.waitFor(() => expect(edits).toEqual([field]));
    }
  });

  it('checks nothing while an IME composition is open, and checks when it ends', async () => {
    dispatchAsUser(field, new CompositionEvent('compositionstart', { bubbles: true }));
    input(field, { isComposing: true, data: 'sha' });
    await settle();
    expect(edits).toEqual([]);
    // Chromium may deliver the end of a composition untrusted; it ends the one the user opened.
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '傻' }));
    await settle();
    expect(edits).toEqual([field]);
  });

  it('ignores what the page itself dispatches: a value set and an input, a composition, a focus', async () => {
    field.value = 'you idiot';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'you idiot' }));
    field.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, inputType: 'insertText', data: 'x' }));
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    expect(edits).toEqual([]);
  });

  it('keeps an error in a check inside Sansi, and checks the next edit', async () => {
    controller.abort();
    controller = new AbortController();
    const errors: unknown[] = [];
    let first = true;
    watchDrafts({
      signal: controller.signal,
      guard: (handler) => (...args) => {
        try {
          handler(...args);
        } catch (error) {
          errors.push(error);
        }
      },
      onEdit: (each) => {
        if (first) {
          first = false;
          throw new Error('the editor replaced its nodes');
        }
        edits.push(each);
      },
      onLayout: () => undefined,
    });
    input(field, { data: 'a' });
    await settle();
    input(field, { data: 'b' });
    await settle();
    expect(errors.map(String)).toEqual(['Error: the editor replaced its nodes']);
    expect(edits).toEqual([field]);
  });
});
