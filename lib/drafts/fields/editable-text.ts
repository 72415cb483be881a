/**
 * The text of a contenteditable as one string, with a map from string offsets back to the DOM
 * text nodes they came from. The matcher reads the string; the overlay and "Replace" use the
 * map to find the characters on screen. Nothing here writes to the DOM.
 */
export interface EditableText {
  text: string;
  /** Every text node, in document order, with the offset where its data starts in `text`. */
  segments: { node: Text; start: number }[];
}

// Elements that start a new line. Checked by tag, not by computed style: this runs on every
// keystroke and getComputedStyle on each node would cost more than the whole match.
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
// Never part of what the user wrote.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function readEditable(host: HTMLElement): EditableText {
  const parts: string[] = [];
  const segments: EditableText['segments'] = [];
  let length = 0;
  let lastChar = '\n';
  const push = (value: string): void => {
    parts.push(value);
    length += value.length;
    lastChar = value[value.length - 1] ?? lastChar;
  };
  const walker = host.ownerDocument.createTreeWalker(host, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node instanceof Text) return NodeFilter.FILTER_ACCEPT;
      const element = node as HTMLElement;
      if (SKIPPED.has(element.tagName)) return NodeFilter.FILTER_REJECT;
      // Placeholders, mentions' chrome and widgets editors mark as not editable (Slate's
      // placeholder sits inside the editor this way) are not part of the draft.
      if (element.contentEditable === 'false') return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      if (node.data.length === 0) continue;
      segments.push({ node, start: length });
      push(node.data);
    } else if ((node as Element).tagName === 'BR') {
      push('\n');
    } else if (BLOCKS.has((node as Element).tagName) && lastChar !== '\n') {
      push('\n');
    }
  }
  return { text: parts.join(''), segments };
}

/** Index of the segment holding `offset` (the last one starting at or before it), or -1. */
export function segmentAt(model: EditableText, offset: number): number {
  let low = 0;
  let high = model.segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (model.segments[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Each text node piece covering [start, end), as DOM ranges of one node each. */
export function rangesFor(model: EditableText, start: number, end: number): Range[] {
  const ranges: Range[] = [];
  for (let index = Math.max(segmentAt(model, start), 0); index < model.segments.length; index += 1) {
    const { node, start: at } = model.segments[index]!;
    if (at >= end) break;
    const from = Math.max(start - at, 0);
    const to = Math.min(end - at, node.data.length);
    if (to <= from || !node.isConnected) continue;
    const range = node.ownerDocument.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    ranges.push(range);
  }
  return ranges;
}

/** The string offset of a DOM point inside the host, or null when it is not in a text segment. */
export function offsetOf(model: EditableText, node: Node, offset: number): number | null {
  for (const segment of model.segments) {
    if (segment.node === node) return segment.start + Math.min(offset, segment.node.data.length);
  }
  if (node instanceof Text) return null;
  // A point between children: find the first text segment at or after that child.
  const child = node.childNodes[offset];
  const range = node.ownerDocument!.createRange();
  for (const segment of model.segments) {
    if (child ? child === segment.node || child.contains(segment.node) : false) return segment.start;
    range.selectNode(segment.node);
    if (range.comparePoint(node, offset) <= 0) return segment.start;
  }
  return model.text.length;
}
