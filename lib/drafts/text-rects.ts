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
 * Measures where each [start, end) range of the field's value is drawn, in pixels relative to
 * the field's border box, after its own scrolling. One layout pass for all ranges.
 */
export function measureRanges(field: TextControl, ranges: readonly { start: number; end: number }[], scratch: HTMLElement): FieldRect[][] {
  const style = getComputedStyle(field);
  const mirror = document.createElement('div');
  for (const key of MIRRORED) mirror.style[key] = style[key];
  const isTextarea = field instanceof HTMLTextAreaElement;
  Object.assign(mirror.style, {
    position: 'absolute',
    top: '0',
    left: '0',
    visibility: 'hidden',
    overflow: 'hidden',
    boxSizing: 'border-box',
    // The field's client width excludes its scrollbar, which also narrows where lines wrap.
    width: `${field.clientWidth + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth)}px`,
    height: `${field.offsetHeight}px`,
    whiteSpace: isTextarea ? 'pre-wrap' : 'pre',
    overflowWrap: isTextarea ? 'break-word' : 'normal',
    wordBreak: style.wordBreak,
  });
  const text = field.value;
  const spans: HTMLSpanElement[] = [];
  let at = 0;
  for (const range of ranges) {
    mirror.append(text.slice(at, range.start));
    const span = document.createElement('span');
    span.textContent = text.slice(range.start, range.end);
    mirror.append(span);
    spans.push(span);
    at = range.end;
  }
  // Lines after the last range can't move it; only the rest of its own line can (wrapping).
  // Leaving them out keeps a 1 MB draft from laying out a megabyte on every check.
  const lineEnd = text.indexOf('\n', at);
  mirror.append(text.slice(at, lineEnd === -1 ? at + 400 : Math.min(lineEnd, at + 400)));
  scratch.append(mirror);
  const origin = mirror.getBoundingClientRect();
  const rects = spans.map((span) =>
    [...span.getClientRects()].map((rect) => ({
      left: rect.left - origin.left - field.scrollLeft,
      top: rect.top - origin.top - field.scrollTop,
      width: rect.width,
      height: rect.height,
    })),
  );
  mirror.remove();
  return rects;
}
