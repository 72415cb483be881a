import type { TextControl } from './fields';

/** A rectangle relative to the field's border box, as the overlay draws it. */
export interface FieldRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

// Styles that decide where a character lands in a textarea; copied onto a hidden mirror so the
// browser lays the same text out the same way and we can measure it with real layout.
const MIRRORED = [
  'boxSizing',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontFamily',
  'fontSize',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontFeatureSettings',
  'fontKerning',
  'letterSpacing',
  'lineHeight',
  'textTransform',
  'textIndent',
  'textAlign',
  'wordSpacing',
  'tabSize',
  'direction',
] as const;

/**
 * A hidden copy of one text control, laid out like it, that measures where ranges of its value
 * are drawn. It stays in the overlay's scratch area between checks and is updated in place
 * (styles only where they changed, text through the smallest `replaceData`), so the browser
 * re-lays out a keystroke's worth of change instead of a whole new block of text each time.
 */
export class TextMirror {
  private readonly mirror: HTMLDivElement;
  /** Text nodes before, inside and between the ranges: [before, in₁, between, in₂, …, after]. */
  private readonly texts: Text[] = [];

  constructor(
    private readonly field: TextControl,
    private readonly scratch: () => HTMLElement,
  ) {
    this.mirror = field.ownerDocument.createElement('div');
    Object.assign(this.mirror.style, { position: 'absolute', top: '0', left: '0', visibility: 'hidden', overflow: 'hidden' });
  }

  /**
   * Where each [start, end) range of the field's value is drawn, in pixels relative to the
   * field's border box, after its own scrolling. One layout pass for all ranges.
   */
  measure(ranges: readonly { start: number; end: number }[]): FieldRect[][] {
    const { field, mirror } = this;
    const style = getComputedStyle(field);
    const isTextarea = field instanceof HTMLTextAreaElement;
    const target: Partial<Record<keyof CSSStyleDeclaration, string>> = {};
    for (const key of MIRRORED) target[key] = style[key];
    Object.assign(target, {
      boxSizing: 'border-box',
      // The field's client width excludes its scrollbar, which also narrows where lines wrap.
      width: `${field.clientWidth + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth)}px`,
      height: `${field.offsetHeight}px`,
      whiteSpace: isTextarea ? 'pre-wrap' : 'pre',
      overflowWrap: isTextarea ? 'break-word' : 'normal',
      wordBreak: style.wordBreak,
    });
    const inline = mirror.style as unknown as Record<string, string>;
    for (const [key, value] of Object.entries(target)) if (inline[key] !== value) inline[key] = value!;

    const text = field.value;
    const pieces: string[] = [];
    let at = 0;
    for (const range of ranges) {
      pieces.push(text.slice(at, range.start), text.slice(range.start, range.end));
      at = range.end;
    }
    // Lines after the last range can't move it; only the rest of its own line can (wrapping).
    // Leaving them out keeps a 1 MB draft from laying out a megabyte on every check.
    const lineEnd = text.indexOf('\n', at);
    pieces.push(text.slice(at, lineEnd === -1 ? at + 400 : Math.min(lineEnd, at + 400)));
    this.update(pieces);

    if (mirror.parentNode !== this.scratch()) this.scratch().append(mirror);
    const origin = mirror.getBoundingClientRect();
    const { scrollLeft, scrollTop } = field;
    const measured: FieldRect[][] = [];
    for (let index = 0; index < ranges.length; index += 1) {
      const span = this.texts[index * 2 + 1]!.parentNode as HTMLElement;
      measured.push(
        [...span.getClientRects()].map((rect) => ({
          left: rect.left - origin.left - scrollLeft,
          top: rect.top - origin.top - scrollTop,
          width: rect.width,
          height: rect.height,
        })),
      );
    }
    return measured;
  }

  /** Takes the copy out of the page (the field is gone). */
  remove(): void {
    this.mirror.remove();
  }

  /** Makes the mirror's text nodes hold `pieces` (odd ones inside spans), changing as little as it can. */
  private update(pieces: string[]): void {
    const doc = this.mirror.ownerDocument;
    while (this.texts.length > pieces.length) {
      const index = this.texts.length - 1;
      const node = this.texts.pop()!;
      if (index % 2 === 1) (node.parentNode as Element).remove();
      else node.remove();
    }
    while (this.texts.length < pieces.length) {
      const node = doc.createTextNode('');
      if (this.texts.length % 2 === 1) {
        const span = doc.createElement('span');
        span.append(node);
        this.mirror.append(span);
      } else this.mirror.append(node);
      this.texts.push(node);
    }
    pieces.forEach((piece, index) => replaceMinimally(this.texts[index]!, piece));
  }
}

/** Sets a text node's data through one `replaceData` of the part that differs. */
function replaceMinimally(node: Text, next: string): void {
  const previous = node.data;
  if (previous === next) return;
  const shorter = Math.min(previous.length, next.length);
  let head = 0;
  while (head < shorter && previous.charCodeAt(head) === next.charCodeAt(head)) head += 1;
  let tail = 0;
  while (tail < shorter - head && previous.charCodeAt(previous.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)) tail += 1;
  node.replaceData(head, previous.length - head - tail, next.slice(head, next.length - tail));
}
