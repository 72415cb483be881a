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

/** Whether every text node of the model is still in the document (editors re-render theirs). */
export function isCurrent(model: EditableText): boolean {
  return model.segments.every((segment) => segment.node.isConnected);
}

/**
 * The string offset of a DOM point inside the host, or null when it is not in a text segment
 * or the model no longer holds the nodes around it. Never throws: the point and the model's
 * nodes may come from different renders of the editor (nodes it replaced are detached, or in a
 * tree of their own), so positions are compared only between connected nodes of one tree.
 */
export function offsetOf(model: EditableText, node: Node, offset: number): number | null {
  for (const segment of model.segments) {
    if (segment.node === node) return segment.start + Math.min(offset, segment.node.data.length);
  }
  if (node instanceof Text || !node.isConnected) return null;
  // A point between children: the first text segment at or after it.
  const child = node.childNodes[offset] ?? null;
  const root = node.getRootNode();
  for (const segment of model.segments) {
    const text = segment.node;
    if (!text.isConnected || text.getRootNode() !== root) continue;
    if (child) {
      if (child === text || child.contains(text) || child.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING) return segment.start;
    } else if (!node.contains(text) && node.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING) return segment.start;
  }
  return model.text.length;
}
