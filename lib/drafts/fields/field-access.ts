import { isCurrent, offsetOf, rangesFor, readEditable, segmentAt, type EditableText } from './editable-text';
import { isTextControl, type DraftField, type TextControl } from './fields';
import { toScreenRect, type ScreenRect } from './geometry';
import { TextMirror } from './text-rects';

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Reads one field's text and maps offsets in it to the screen and to the user's selection,
 * the same way for a textarea and for any contenteditable editor.
 */
export interface FieldAccess {
  readonly field: DraftField;
  /** The draft as text. Also remembers the DOM map that `rects` and `select` use. */
  read(): string;
  /** Where each range of the last read text is drawn, in viewport coordinates. */
  rects(ranges: readonly TextRange[]): ScreenRect[][];
  /** Makes [start, end) of the last read text the user's selection; false if it can't. */
  select(range: TextRange): boolean;
  /** The caret's offset when the field has focus and a collapsed selection, else null. */
  caret(): number | null;
  /** Notes where the user's selection is, in text offsets, if it is in this field. */
  remember(): void;
  /**
   * Remembers the selection now (or the last one noted, when focus has left the field), and
   * returns a function that puts it back with focus. Offsets, not DOM nodes: editors re-render.
   */
  keepSelection(): () => void;
  /** Lets go of what measuring kept in the page (the field is gone, or Sansi is). */
  release(): void;
}

export function accessFor(field: DraftField, scratch: () => HTMLElement): FieldAccess {
  return isTextControl(field) ? new ControlAccess(field, scratch) : new EditableAccess(field);
}

/** The selection object that sees inside the field's shadow root, if it is in one. */
function selectionFor(node: Node): Selection | null {
  const root = node.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  return (root instanceof ShadowRoot && root.getSelection?.()) || node.ownerDocument!.getSelection();
}

function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

class ControlAccess implements FieldAccess {
  private readonly mirror: TextMirror;

  constructor(
    readonly field: TextControl,
    scratch: () => HTMLElement,
  ) {
    this.mirror = new TextMirror(field, scratch);
  }

  read(): string {
    return this.field.value;
  }

  rects(ranges: readonly TextRange[]): ScreenRect[][] {
    // The field's geometry first, then the mirror's: one layout for each, none interleaved.
    const box = this.field.getBoundingClientRect();
    return this.mirror.measure(ranges).map((rects) => rects.map((rect) => ({ ...rect, left: rect.left + box.left, top: rect.top + box.top })));
  }

  release(): void {
    this.mirror.remove();
  }

  select({ start, end }: TextRange): boolean {
    this.field.focus();
    this.field.setSelectionRange(start, end);
    return true;
  }

  caret(): number | null {
    const { field } = this;
    if (deepActiveElement(field.ownerDocument) !== field || field.selectionStart !== field.selectionEnd) return null;
    return field.selectionStart;
  }

  remember(): void {
    // A text control keeps its selection when it loses focus: nothing to note.
  }

  keepSelection(): () => void {
    const { selectionStart, selectionEnd } = this.field;
    return () => {
      this.field.focus();
      if (selectionStart !== null && selectionEnd !== null) this.field.setSelectionRange(selectionStart, selectionEnd);
    };
  }
}

class EditableAccess implements FieldAccess {
  private model: EditableText = { text: '', segments: [] };
  private saved: TextRange | null = null;

  constructor(readonly field: HTMLElement) {}

  release(): void {
    // Nothing kept: ranges are made per measure.
  }

  read(): string {
    this.model = readEditable(this.field);
    return this.model.text;
  }

  rects(ranges: readonly TextRange[]): ScreenRect[][] {
    return ranges.map(({ start, end }) =>
      rangesFor(this.model, start, end).flatMap((range) =>
        // One range per text node, so an element the match spans whole (a <b>) is not drawn twice.
        [...range.getClientRects()].filter((rect) => rect.width > 0).map(toScreenRect),
      ),
    );
  }

  select({ start, end }: TextRange): boolean {
    if (start === end) return this.placeCaret(start);
    const pieces = rangesFor(this.model, start, end);
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    const selection = selectionFor(this.field);
    if (!first || !last || !selection) return false;
    this.field.focus({ preventScroll: true });
    selection.setBaseAndExtent(first.startContainer, first.startOffset, last.endContainer, last.endOffset);
    return true;
  }

  private placeCaret(offset: number): boolean {
    const selection = selectionFor(this.field);
    if (!selection) return false;
    this.field.focus({ preventScroll: true });
    const index = segmentAt(this.model, offset);
    const segment = this.model.segments[Math.max(index, 0)];
    if (!segment) return false;
    const at = Math.max(0, Math.min(offset - segment.start, segment.node.data.length));
    selection.setBaseAndExtent(segment.node, at, segment.node, at);
    return true;
  }

  caret(): number | null {
    const selection = selectionFor(this.field);
    if (!selection?.isCollapsed || !selection.anchorNode || !this.field.contains(selection.anchorNode)) return null;
    return offsetOf(this.current(selection.anchorNode), selection.anchorNode, selection.anchorOffset);
  }

  remember(): void {
    const selection = selectionFor(this.field);
    if (!selection?.anchorNode || !selection.focusNode || !this.field.contains(selection.anchorNode)) return;
    const model = this.current(selection.anchorNode);
    const anchor = offsetOf(model, selection.anchorNode, selection.anchorOffset);
    const focus = offsetOf(model, selection.focusNode, selection.focusOffset);
    if (anchor === null || focus === null) return;
    this.saved = { start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
  }

  /** The text model, read again if the editor re-rendered or added nodes since the last read (`at`: a node the model should hold). */
  private current(at: Node | null): EditableText {
    const known = !(at instanceof Text) || this.model.segments.some((segment) => segment.node === at);
    if (!known || !isCurrent(this.model)) this.read();
    return this.model;
  }

  keepSelection(): () => void {
    this.remember();
    const saved = this.saved;
    return () => {
      this.field.focus({ preventScroll: true });
      if (!saved) return;
      // The editor may have re-rendered since: map the offsets onto its DOM as it is now.
      this.read();
      this.select(saved);
    };
  }
}
