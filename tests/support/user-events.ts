// Sansi's in-page layer acts only on trusted events (the user's own keys, clicks and typing),
// and jsdom makes every event a script dispatches untrusted, as browsers do. These helpers
// deliver an event the way jsdom delivers the ones it makes itself (its `fireAnEvent`), so a
// test can stand for the person at the keyboard. A page's `dispatchEvent` stays untrusted.

type Impl = { isTrusted: boolean; _dispatch(event: Impl): boolean };

function implOf(wrapper: object): Impl {
  const symbol = Object.getOwnPropertySymbols(wrapper).find((each) => each.description === 'impl');
  if (!symbol) throw new Error('not a jsdom object: these helpers need the jsdom environment');
  return (wrapper as Record<symbol, Impl>)[symbol]!;
}

/** Dispatches `event` at `target` as the browser would for a user: `isTrusted` is true. Returns false when cancelled. */
export function dispatchAsUser(target: EventTarget, event: Event): boolean {
  const impl = implOf(event);
  impl.isTrusted = true;
  return implOf(target)._dispatch(impl);
}

/** A user's click on `element` (the whole click, not the pointer's down and up). */
export function clickAsUser(element: Element): boolean {
  return dispatchAsUser(element, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
}

/** A user's key press in `target`: keydown, then keyup. Returns false when the keydown was cancelled. */
export function pressAsUser(target: EventTarget, key: string, modifiers: Pick<KeyboardEventInit, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> = {}): boolean {
  const init = { key, bubbles: true, cancelable: true, composed: true, ...modifiers };
  const down = dispatchAsUser(target, new KeyboardEvent('keydown', init));
  dispatchAsUser(target, new KeyboardEvent('keyup', init));
  return down;
}

/** The user typing into a text control: its value changes, then a trusted `input`. */
export function typeAsUser(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  field.focus();
  field.value += text;
  dispatchAsUser(field, new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}
