import type { SiteAdapter } from '../../sites/types';
import { draftFieldFrom, isTextControl, type DraftField } from '../fields/fields';

export interface SendWatchOptions {
  signal: AbortSignal;
  adapter: SiteAdapter | null;
  /** Fields the user wrote in, newest last: the ones a send button may belong to. */
  fields(): DraftField[];
  /**
   * A send from `field` is about to happen. Return true to hold it (the pause took over);
   * `replay` sends it later exactly as the user asked, without asking again.
   */
  onSend(field: DraftField, replay: () => void): boolean;
}

// Labels of send buttons in the languages of the sites Sansi runs on.
const SEND_LABEL = /\b(send|post|reply|comment|tweet|submit|publish|share)\b|发送|发布|评论|回复|发表|提交|发帖|转发|送出/i;
// How far up from a field its send button may be: a composer's toolbar is a few levels away.
const COMPOSER_DEPTH = 6;

function parentAcrossShadow(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode;
}

function near(field: DraftField, element: Element, composer: Element | null): boolean {
  if (composer) return composer.contains(element);
  let at: Node | null = field;
  for (let depth = 0; at && depth < COMPOSER_DEPTH; depth += 1, at = parentAcrossShadow(at)) {
    if (at !== field && at.contains(element)) return true;
  }
  return false;
}

function label(element: Element): string {
  return [element.getAttribute('aria-label'), element.getAttribute('title'), element.textContent, (element as HTMLInputElement).value]
    .filter(Boolean)
    .join(' ')
    .slice(0, 80);
}

/** The field whose send this click is, if the clicked thing is a send button near one. */
function fieldForClick(path: EventTarget[], fields: DraftField[], adapter: SiteAdapter | null): { field: DraftField; button: HTMLElement } | null {
  const clicked = path.find((node): node is HTMLElement => node instanceof HTMLElement && node.matches('button, [role="button"], input[type="submit"], input[type="button"], a'));
  if (!clicked) return null;
  for (const field of [...fields].reverse()) {
    if (!field.isConnected) continue;
    const form = isTextControl(field) ? field.form : field.closest('form');
    const submits = form !== null && form.contains(clicked) && (clicked as HTMLButtonElement).type === 'submit';
    const composer = adapter?.composer?.(field) ?? null;
    const isSend = adapter?.isSendButton ? path.some((node) => node instanceof Element && adapter.isSendButton!(node)) : SEND_LABEL.test(label(clicked));
    if (submits || (isSend && near(field, clicked, composer))) return { field, button: clicked };
  }
  return null;
}

function enterSends(field: DraftField, event: KeyboardEvent, adapter: SiteAdapter | null): boolean {
  // Enter that confirms an IME candidate is not a send (keyCode 229 covers older IMEs).
  if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229 || event.shiftKey || event.altKey) return false;
  if (event.ctrlKey || event.metaKey) return true;
  if (adapter?.enterSends) return adapter.enterSends(field, event);
  if (field instanceof HTMLInputElement) return true;
  // Chat-like boxes say that Enter sends; a multi-line comment box takes Enter as a new line.
  return field.getAttribute('enterkeyhint') === 'send' || field.getAttribute('aria-multiline') === 'false';
}

/**
 * Notices sends before the page acts on them: Enter (or Ctrl/Cmd+Enter) in a field, a click on
 * the send button near it, or the submit of its form. Listeners sit on the window in the
 * capture phase, so they run before the site's own handlers and can hold the send.
 */
export function watchSends({ signal, adapter, fields, onSend }: SendWatchOptions): void {
  let replaying = false;
  const replayWith = (action: () => void) => () => {
    replaying = true;
    try {
      action();
    } finally {
      replaying = false;
    }
  };
  const hold = (event: Event): void => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const options = { capture: true, signal };

  window.addEventListener(
    'keydown',
    (event) => {
      if (replaying) return;
      const field = draftFieldFrom(event);
      if (!field || !enterSends(field, event, adapter)) return;
      const target = (event.composedPath()[0] as Element | undefined) ?? field;
      const init: KeyboardEventInit = {
        key: event.key,
        code: event.code,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        bubbles: true,
        cancelable: true,
        composed: true,
      };
      const replay = replayWith(() => {
        // The page sees the same keys again; a form field whose Enter nobody handled submits.
        const down = new KeyboardEvent('keydown', init);
        target.dispatchEvent(down);
        if (!down.defaultPrevented) target.dispatchEvent(new KeyboardEvent('keypress', init));
        target.dispatchEvent(new KeyboardEvent('keyup', init));
        if (!down.defaultPrevented && field instanceof HTMLInputElement) field.form?.requestSubmit();
      });
      if (onSend(field, replay)) hold(event);
    },
    options,
  );
  window.addEventListener(
    'click',
    (event) => {
      if (replaying) return;
      const found = fieldForClick(event.composedPath(), fields(), adapter);
      if (found && onSend(found.field, replayWith(() => found.button.click()))) hold(event);
    },
    options,
  );
  window.addEventListener(
    'submit',
    (event) => {
      if (replaying) return;
      const form = event.target as HTMLFormElement;
      const field = [...fields()].reverse().find((each) => each.isConnected && form.contains(each));
      const submitter = (event as SubmitEvent).submitter;
      if (field && onSend(field, replayWith(() => form.requestSubmit(submitter)))) hold(event);
    },
    options,
  );
}
