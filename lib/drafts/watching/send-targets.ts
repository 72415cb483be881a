import type { SiteAdapter } from '../../sites/types';
import { isTextControl, type DraftField } from '../fields/fields';

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

const BUTTONS = 'button, [role="button"], input[type="submit"], input[type="button"]';
// A composer's controls are few; a page section found by walking too far up is not a composer.
const MAX_BUTTONS_READ = 40;

/** Whether `button` submits the form the field is in. */
function submitsFormOf(field: DraftField, button: HTMLElement): boolean {
  const form = isTextControl(field) ? field.form : field.closest('form');
  return form !== null && form.contains(button) && (button as HTMLButtonElement).type === 'submit';
}

/**
 * The field's send buttons, as a click on them would be read (`fieldForClick`): in the site's
 * composer, else the nearest ancestor within reach that holds a button labelled as a send, or
 * the field's form's submit button. Read only when the card opens, so it may query the DOM.
 */
export function sendButtonsNear(field: DraftField, adapter: SiteAdapter | null): HTMLElement[] {
  const isSend = (button: HTMLElement): boolean => submitsFormOf(field, button) || (adapter?.isSendButton ? adapter.isSendButton(button) : SEND_LABEL.test(label(button)));
  const composer = adapter?.composer?.(field) ?? null;
  const scopes: Node[] = [];
  if (composer) scopes.push(composer);
  else for (let at = parentAcrossShadow(field), depth = 1; at && depth < COMPOSER_DEPTH; depth += 1, at = parentAcrossShadow(at)) scopes.push(at);
  for (const scope of scopes) {
    if (!(scope instanceof Element || scope instanceof DocumentFragment)) break;
    const buttons = [...scope.querySelectorAll<HTMLElement>(BUTTONS)];
    if (buttons.length > MAX_BUTTONS_READ) break;
    const sends = buttons.filter(isSend);
    if (sends.length > 0) return sends;
  }
  return [];
}

/** The field whose send this click is, if the clicked thing is a send button near one. */
export function fieldForClick(path: EventTarget[], fields: DraftField[], adapter: SiteAdapter | null): { field: DraftField; button: HTMLElement } | null {
  const clicked = path.find((node): node is HTMLElement => node instanceof HTMLElement && node.matches(`${BUTTONS}, a`));
  if (!clicked) return null;
  for (const field of [...fields].reverse()) {
    if (!field.isConnected) continue;
    const submits = submitsFormOf(field, clicked);
    const composer = adapter?.composer?.(field) ?? null;
    const isSend = adapter?.isSendButton ? path.some((node) => node instanceof Element && adapter.isSendButton!(node)) : SEND_LABEL.test(label(clicked));
    if (submits || (isSend && near(field, clicked, composer))) return { field, button: clicked };
  }
  return null;
}

/**
 * Whether this Enter keydown in the field is a send. `learned`: the page took and cleared the
 * draft after an earlier plain Enter in a field like this one, so Enter sends there.
 */
export function enterSends(field: DraftField, event: KeyboardEvent, adapter: SiteAdapter | null, learned: boolean): boolean {
  // Enter that confirms an IME candidate is not a send (keyCode 229 covers older IMEs).
  if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229 || event.shiftKey || event.altKey) return false;
  if (event.ctrlKey || event.metaKey) return true;
  if (adapter?.enterSends) return adapter.enterSends(field, event);
  if (field instanceof HTMLInputElement || learned) return true;
  // Chat-like boxes say that Enter sends; a multi-line comment box takes Enter as a new line.
  return field.getAttribute('enterkeyhint') === 'send' || field.getAttribute('aria-multiline') === 'false';
}
