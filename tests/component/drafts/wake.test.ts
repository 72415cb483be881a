import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wakeOnWriting, type WritingSoFar } from '@/lib/drafts/start/wake';
import { dispatchAsUser, pressAsUser } from '../../support/user-events';

describe('waking Sansi at the first sign of writing', () => {
  let controller: AbortController;
  let idle: (() => void)[];
  let woken: WritingSoFar[];

  beforeEach(() => {
    controller = new AbortController();
    idle = [];
    woken = [];
    // jsdom has no idle callbacks: the test runs them when it means "the page went idle".
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    document.body.innerHTML = '<article><p>A story</p><button type="button">Like</button></article>';
  });
  afterEach(() => {
    controller.abort();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  const start = (): void => wakeOnWriting(controller.signal, (soFar) => woken.push(soFar));
  const addField = (): HTMLTextAreaElement => document.body.appendChild(document.createElement('textarea'));
  const type = (field: HTMLElement, event: string, init: InputEventInit = {}): void => {
    dispatchAsUser(field, new InputEvent(event, { bubbles: true, composed: true, ...init }));
  };

  it('stays asleep on a page where nobody writes, also once it is idle', () => {
    start();
    document.querySelector('button')!.focus();
    document.querySelector('button')!.click();
    idle.forEach((run) => run());
    expect(woken).toEqual([]);
  });

  it('wakes once, on the first focus of a field, and records what happens until it is stopped', () => {
    start();
    const field = addField();
    field.focus();
    expect(woken).toHaveLength(1);
    const soFar = woken[0]!;
    expect([...soFar.fields]).toEqual([[field, { edited: false, sentOnEnter: false }]]);

    dispatchAsUser(field, new CompositionEvent('compositionstart', { bubbles: true }));
    expect([...soFar.composing]).toEqual([field]);
    type(field, 'input', { isComposing: true, data: 'sha' });
    expect(soFar.fields.get(field)).toEqual({ edited: true, sentOnEnter: false });

    const other = addField();
    other.focus();
    type(other, 'beforeinput', { data: 'x' });
    expect(woken).toHaveLength(1);
    expect(soFar.fields.get(other)).toEqual({ edited: true, sentOnEnter: false });

    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    expect([...soFar.composing]).toEqual([]);

    soFar.stop();
    const third = addField();
    third.focus();
    expect(soFar.fields.has(third)).toBe(false);
    expect(woken).toHaveLength(1);
  });

  it('stays asleep when the page itself sets a value and dispatches input and composition events', () => {
    start();
    const field = addField();
    field.value = 'you idiot';
    for (const type of ['beforeinput', 'input']) field.dispatchEvent(new InputEvent(type, { bubbles: true, composed: true, data: 'you idiot' }));
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    expect(woken).toEqual([]);
  });

  it('records a box the page emptied on the user’s plain Enter: it sends on Enter', async () => {
    start();
    const chat = addField();
    const comment = addField();
    // Like a chat box: Enter posts and empties it.
    chat.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') chat.value = '';
    });
    chat.focus();
    chat.value = 'hello everyone';
    type(chat, 'input');
    pressAsUser(chat, 'Enter');
    await new Promise((resolve) => setTimeout(resolve));
    comment.focus();
    comment.value = 'a line';
    type(comment, 'input');
    pressAsUser(comment, 'Enter');
    await new Promise((resolve) => setTimeout(resolve));
    // The page's own script pressing Enter teaches nothing, even where the box then empties.
    comment.addEventListener('keydown', () => (comment.value = ''));
    comment.value = 'again';
    comment.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve));
    const [soFar] = woken;
    expect(soFar!.fields.get(chat)).toEqual({ edited: true, sentOnEnter: true });
    expect(soFar!.fields.get(comment)).toEqual({ edited: true, sentOnEnter: false });
  });

  it('ignores fields nobody can write in', () => {
    start();
    const field = addField();
    field.readOnly = true;
    field.focus();
    type(field, 'input');
    expect(woken).toEqual([]);
  });

  it('wakes in idle time when the page has a field, before anyone writes', () => {
    addField();
    start();
    expect(woken).toEqual([]);
    idle.forEach((run) => run());
    expect(woken).toHaveLength(1);
    expect(woken[0]!.fields.size).toBe(0);
  });

  it('never wakes once the content script is invalidated', () => {
    addField();
    start();
    controller.abort();
    idle.forEach((run) => run());
    addField().focus();
    expect(woken).toEqual([]);
  });
});
