import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftField } from '@/lib/drafts/fields/fields';
import { watchSends, type SendWatcher } from '@/lib/drafts/watching/sends';
import { clickAsUser, dispatchAsUser, pressAsUser } from '../../support/user-events';

describe('noticing sends', () => {
  let controller: AbortController;
  let held: boolean;
  let sends: DraftField[];
  let afterEnter: DraftField[];
  let replays: (() => void)[];
  let watcher: SendWatcher;

  beforeEach(() => {
    controller = new AbortController();
    held = false;
    sends = [];
    afterEnter = [];
    replays = [];
    document.body.innerHTML = `
      <form id="reply"><input aria-label="Reply" type="text" /><button type="submit">Submit</button></form>
      <div><textarea aria-label="Comment"></textarea><button type="button">Post</button></div>
      <textarea aria-label="Chat"></textarea>`;
    // jsdom does not navigate; the page would post the form here.
    document.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
    watcher = watchSends({
      signal: controller.signal,
      adapter: null,
      // The fields the user wrote in, as Sansi knows them.
      fields: () => [...document.querySelectorAll<HTMLTextAreaElement>('input, textarea')].filter((each) => each.value !== ''),
      textOf: (field) => (field as HTMLTextAreaElement).value,
      onSend(field, replay) {
        sends.push(field);
        replays.push(replay);
        return held;
      },
      onSentAfterEnter: (field) => afterEnter.push(field),
    });
  });
  afterEach(() => {
    controller.abort();
    document.body.innerHTML = '';
  });

  const field = (label: string) => document.querySelector<HTMLTextAreaElement>(`[aria-label="${label}"]`)!;
  const button = (name: string) => [...document.querySelectorAll('button')].find((each) => each.textContent === name)!;

  it('learns that a box sends on Enter from the next key, when the page emptied it and its timers run late', () => {
    vi.useFakeTimers();
    try {
      const chat = field('Chat');
      chat.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') chat.value = '';
      });
      chat.value = 'hello everyone';
      pressAsUser(chat, 'Enter');
      // A tab in the background: no timer has fired yet when the next key comes.
      dispatchAsUser(chat, new InputEvent('beforeinput', { bubbles: true, cancelable: true, composed: true, inputType: 'insertText', data: 'y' }));
      expect(afterEnter).toEqual([chat]);
      chat.value = 'you idiot';
      pressAsUser(chat, 'Enter');
      expect(sends).toEqual([chat]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes a plain Enter as a send where it was told the page sends on Enter (learned before Sansi was set up)', () => {
    field('Chat').value = 'you idiot';
    pressAsUser(field('Chat'), 'Enter');
    expect(sends).toEqual([]);
    watcher.learnEnterSends(field('Chat'));
    pressAsUser(field('Chat'), 'Enter');
    expect(sends).toEqual([field('Chat')]);
    // Only that box: the comment box's Enter is still a new line.
    field('Comment').value = 'a line';
    pressAsUser(field('Comment'), 'Enter');
    expect(sends).toEqual([field('Chat')]);
  });

  it('counts a submit button once, though its click also submits the form', () => {
    field('Reply').value = 'thanks';
    clickAsUser(button('Submit'));
    dispatchAsUser(document.querySelector('form')!, new SubmitEvent('submit', { bubbles: true, cancelable: true }));
    expect(sends).toEqual([field('Reply')]);
  });

  it('counts Enter in a one-line input once, with the submit and the default button’s click after it', () => {
    field('Reply').value = 'thanks';
    pressAsUser(field('Reply'), 'Enter');
    dispatchAsUser(document.querySelector('form')!, new SubmitEvent('submit', { bubbles: true, cancelable: true }));
    clickAsUser(button('Submit'));
    expect(sends).toEqual([field('Reply')]);
  });

  it('holds a send the pause took over: the page never sees the click', () => {
    held = true;
    const seen = vi.fn();
    button('Post').addEventListener('click', seen);
    field('Comment').value = 'you idiot';
    expect(clickAsUser(button('Post'))).toBe(false);
    expect(seen).not.toHaveBeenCalled();
    // "Post anyway" sends it as asked, without asking again.
    replays[0]!();
    expect(seen).toHaveBeenCalledTimes(1);
    expect(sends).toHaveLength(1);
  });

  it('asks again about a send right after the user went back to the draft from the pause', () => {
    held = true;
    field('Comment').value = 'you idiot';
    clickAsUser(button('Post'));
    // The same send's other events are still one send...
    clickAsUser(button('Post'));
    expect(sends).toHaveLength(1);
    // ...but once the pause is over ("Show me", Edit), a send at once is asked about again.
    watcher.backInDraft(field('Comment'));
    clickAsUser(button('Post'));
    expect(sends).toHaveLength(2);
  });

  it('takes Ctrl+Enter for a send, and a plain Enter in a multi-line box for a new line', () => {
    field('Comment').value = 'hello';
    pressAsUser(field('Comment'), 'Enter');
    pressAsUser(field('Comment'), 'Enter', { shiftKey: true });
    expect(sends).toEqual([]);
    pressAsUser(field('Comment'), 'Enter', { ctrlKey: true });
    expect(sends).toEqual([field('Comment')]);
  });

  it('learns that Enter sends where the page emptied the box right after one', () => {
    const chat = field('Chat');
    chat.value = 'hello';
    pressAsUser(chat, 'Enter');
    chat.value = '';
    watcher.checked(chat, '');
    expect(afterEnter).toEqual([chat]);
    chat.value = 'you idiot';
    pressAsUser(chat, 'Enter');
    expect(sends).toEqual([chat]);
  });

  it('does not learn it from a box that took the Enter as a new line', () => {
    const comment = field('Comment');
    comment.value = 'hello';
    pressAsUser(comment, 'Enter');
    comment.value = 'hello\n';
    watcher.checked(comment, comment.value);
    comment.value = '';
    watcher.checked(comment, '');
    expect(afterEnter).toEqual([]);
    comment.value = 'again';
    pressAsUser(comment, 'Enter');
    expect(sends).toEqual([]);
  });

  it('ignores the page’s own clicks, keys and submits', () => {
    field('Reply').value = 'thanks';
    document.querySelector('form')!.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
    field('Reply').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    field('Comment').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    button('Post').click();
    expect(sends).toEqual([]);
  });
});
