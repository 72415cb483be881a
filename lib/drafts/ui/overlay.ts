import type { Match } from '../../matcher/types';
import type { DraftField } from '../fields/fields';
import { contains, type ScreenRect } from '../fields/geometry';
import { overlayCss, uiCss } from './overlay-styles';
import { followOverlayLocale } from './strings';

/** The element name the automation contract promises (see DESIGN.md, Nudges). */
export const OVERLAY_TAG = 'sansi-overlay';

/** One flagged match and where its characters are on screen (one rect per line box). */
export interface DrawnFlag {
  match: Match;
  rects: ScreenRect[];
}

/**
 * Draws highlights over draft fields from a shadow root of its own, never inside the page's
 * editor DOM: wrapping words in a rich editor breaks its model. The card and the pause dialog
 * live in the same root (`ui`).
 */
export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Where the card and the dialog go; above the highlight layers. */
  readonly ui: HTMLElement;
  private readonly scratch: HTMLElement;
  /** A polite live region: what a screen reader says when the card opens at the caret. */
  private readonly live: HTMLElement;
  private readonly layers = new Map<DraftField, { layer: HTMLElement; flags: DrawnFlag[]; clip: ScreenRect }>();

  constructor(doc: Document = document) {
    this.host = doc.createElement(OVERLAY_TAG);
    // Closed: the page must not read which words are flagged (an oracle for the user's lists)
    // nor click Sansi's buttons. End-to-end tests reach in through the DevTools protocol.
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = overlayCss + uiCss;
    this.scratch = doc.createElement('div');
    this.scratch.className = 'scratch';
    this.ui = doc.createElement('div');
    this.ui.className = 'ui';
    // In the tree from the start: screen readers announce changes to a live region, not its birth.
    this.live = doc.createElement('div');
    this.live.className = 'sr-only';
    this.live.setAttribute('role', 'status');
    this.root.append(style, this.scratch, this.ui, this.live);
    // Sansi's words are in Sansi's language, not the page's: screen readers then read them in
    // the right voice, and browsers pick fonts for it (on a zh-CN page Firefox would otherwise
    // set English text and its quotes and apostrophes in a CJK font, the punctuation full width).
    followOverlayLocale((locale) => {
      this.ui.lang = locale;
      this.live.lang = locale;
    });
    // Keys pressed in the card or dialog are Sansi's: the page's shortcuts must not see them.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      this.root.addEventListener(type, (event) => event.stopPropagation());
    }
    doc.documentElement.append(this.host);
  }

  /** Has screen readers say `text` when they are next idle (the focus stays where it is). */
  announce(text: string): void {
    this.live.textContent = text;
  }

  /** A hidden element to lay out measuring mirrors in, out of the page's styles. */
  scratchArea(): HTMLElement {
    return this.scratch;
  }

  /** Replaces the highlights of one field; `clip` is the part of the field the user can see. */
  render(field: DraftField, flags: DrawnFlag[], clip: ScreenRect): void {
    if (flags.length === 0 || !field.isConnected) {
      this.clear(field);
      return;
    }
    const entry = this.layerFor(field);
    entry.flags = flags;
    entry.clip = clip;
    // Redrawn on every keystroke: the elements already there are updated, and only what
    // changed is written, so an unchanged highlight costs the page no style or layout work.
    place(entry.layer, clip);
    const spans = entry.layer.children;
    flags.forEach((flag, index) => highlight(flag, clip, (spans[index] as HTMLElement | undefined) ?? entry.layer.appendChild(document.createElement('span'))));
    while (spans.length > flags.length) spans[spans.length - 1]!.remove();
  }

  /** The drawn flag under a viewport point, if any (highlights themselves ignore the pointer). */
  flagAt(x: number, y: number): { field: DraftField; flag: DrawnFlag } | null {
    // Where each layer was placed (it is `position: fixed` at its clip): no layout to read.
    for (const [field, { flags, clip }] of this.layers) {
      if (!contains(clip, x, y)) continue;
      for (const flag of flags) if (flag.rects.some((rect) => contains(rect, x, y))) return { field, flag };
    }
    return null;
  }

  fields(): DraftField[] {
    return [...this.layers.keys()];
  }

  clear(field: DraftField): void {
    this.layers.get(field)?.layer.remove();
    this.layers.delete(field);
  }

  destroy(): void {
    this.layers.clear();
    this.host.remove();
  }

  private layerFor(field: DraftField): { layer: HTMLElement; flags: DrawnFlag[]; clip: ScreenRect } {
    let entry = this.layers.get(field);
    if (!entry) {
      const layer = this.host.ownerDocument.createElement('div');
      layer.className = 'layer';
      this.ui.before(layer);
      entry = { layer, flags: [], clip: { left: 0, top: 0, width: 0, height: 0 } };
      this.layers.set(field, entry);
    }
    return entry;
  }
}

/** Makes `span` the highlight of one flag, writing only what differs from what it shows. */
function highlight({ match, rects }: DrawnFlag, origin: ScreenRect, span: HTMLElement): void {
  const data = span.dataset;
  if (data.sansiFlag !== match.normId) data.sansiFlag = match.normId;
  if (data.category !== match.category) data.category = match.category;
  if (data.severity !== String(match.severity)) data.severity = String(match.severity);
  if (rects.length === 0) {
    span.replaceChildren();
    return;
  }
  // The span covers the union of the match's line boxes; each line gets its own mark inside.
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.left + r.width));
  const bottom = Math.max(...rects.map((r) => r.top + r.height));
  place(span, { left: left - origin.left, top: top - origin.top, width: right - left, height: bottom - top });
  const marks = span.children;
  rects.forEach((rect, index) => {
    const mark = (marks[index] as HTMLElement | undefined) ?? span.appendChild(document.createElement('i'));
    place(mark, { left: rect.left - left, top: rect.top - top, width: rect.width, height: rect.height });
  });
  while (marks.length > rects.length) marks[marks.length - 1]!.remove();
}

/** Sets an absolutely placed element's box, touching only the properties that change. */
function place(element: HTMLElement, { left, top, width, height }: ScreenRect): void {
  const style = element.style;
  const set = (key: 'left' | 'top' | 'width' | 'height', value: number): void => {
    const next = `${value}px`;
    if (style[key] !== next) style[key] = next;
  };
  set('left', left);
  set('top', top);
  set('width', width);
  set('height', height);
}
