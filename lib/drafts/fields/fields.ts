import { browser } from 'wxt/browser';

/** A native text control whose `value` is the draft. */
export type TextControl = HTMLTextAreaElement | HTMLInputElement;
/** A field whose text Sansi reads: a text control, or the editing host of a contenteditable. */
export type DraftField = TextControl | HTMLElement;

// Inputs people write sentences in; email, url, number and password are not drafts.
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

/** Light-DOM fields a person may write in: a cheap first look (`fieldAt` decides for real). */
export const DRAFT_FIELD_SELECTOR = [
  'textarea',
  'input:not([type])',
  ...[...TEXT_INPUT_TYPES].filter(Boolean).map((type) => `input[type="${type}"]`),
  '[contenteditable]:not([contenteditable="false"])',
].join(', ');

export function isTextControl(field: Element): field is TextControl {
  return field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(field.type));
}

// Elements that may host an author shadow root (besides custom elements): attachShadow throws
// on any other, so asking the extension API about them (a binding call on every input event) is
// pointless.
const SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span',
]);

/**
 * The closed shadow root of `host`, where the browser lets an extension in (Chrome's
 * `dom.openOrClosedShadowRoot`, content scripts only); null elsewhere.
 */
function closedShadowRoot(host: Element): ShadowRoot | null {
  if (host.shadowRoot || !(SHADOW_HOSTS.has(host.localName) || host.localName.includes('-'))) return null;
  const dom = (browser as unknown as { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } }).dom;
  try {
    return dom?.openOrClosedShadowRoot?.(host) ?? null;
  } catch {
    return null;
  }
}

/**
 * The element an event really happened in. Events from inside a closed shadow root reach the
 * document retargeted to its host, so follow the focus down into such roots.
 */
function innermostTarget(event: Event): Element | null {
  let target = event.composedPath()[0] ?? event.target;
  if (!(target instanceof Element)) target = target instanceof Node ? target.parentElement : null;
  let element = target as Element | null;
  for (let depth = 0; element && depth < 8; depth += 1) {
    const root = closedShadowRoot(element);
    const inner = root?.activeElement;
    if (!inner) break;
    element = inner;
  }
  return element;
}

/**
 * The editing host of a node inside a contenteditable: the outermost editable ancestor, which
 * is the element editors mount on and where the user's whole draft lives.
 */
export function editingHost(node: Node): HTMLElement | null {
  let element = node instanceof HTMLElement ? node : node.parentElement;
  if (!element?.isContentEditable) return null;
  while (element.parentElement?.isContentEditable) element = element.parentElement;
  return element;
}

/** Whether a draft field can be written in right now. */
function writable(field: DraftField): boolean {
  if (isTextControl(field)) return !field.readOnly && !field.disabled;
  return field.isContentEditable;
}

/** The draft field an event came from, through open shadow roots and, where allowed, closed ones. */
export function draftFieldFrom(event: Event): DraftField | null {
  return fieldAt(innermostTarget(event));
}

/** The draft field containing this element, if it is one. */
export function fieldAt(element: Element | null): DraftField | null {
  if (!element) return null;
  if (isTextControl(element)) return writable(element) ? element : null;
  const host = editingHost(element);
  return host && writable(host) ? host : null;
}
