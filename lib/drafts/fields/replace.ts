import type { FieldAccess, TextRange } from './field-access';
import { isTextControl } from './fields';

/** Resolves after the editor has seen a selection change (or shortly, if none comes). */
function selectionSettled(doc: Document): Promise<void> {
  return new Promise((done) => {
    const finish = (): void => {
      doc.removeEventListener('selectionchange', finish);
      clearTimeout(timer);
      // Editors handle selectionchange in their own listener; let them run first.
      setTimeout(done, 0);
    };
    const timer = setTimeout(finish, 100);
    doc.addEventListener('selectionchange', finish);
  });
}

/**
 * Replaces [start, end) of the field's text with `text` through the editor's own input path,
 * so its model, its undo history and the site's listeners all see an ordinary edit.
 *
 * 1. Select the words, as the user would, and give the editor the moment it needs to take the
 *    selection into its model (CKEditor 5 and Draft.js follow `selectionchange`; without it,
 *    CKEditor 5 folds the replacement into the typing's undo step).
 * 2. Offer the edit as a `beforeinput` carrying the target range. Editors that keep their own
 *    model and read only `beforeinput` (Slate, CKEditor 5, Quill 2, Lexical) apply it to their
 *    model and cancel the event. `document.execCommand('insertText')` would change only their
 *    DOM: it fires no `beforeinput`, and their model would disagree with the screen.
 * 3. When nobody cancelled it, let the browser insert natively with `execCommand`: editors that
 *    follow the DOM (ProseMirror, Draft.js, a bare contenteditable) and text controls get a real
 *    input event, and the browser's and the editor's undo both see one step.
 *
 * Resolves false, changing nothing, when the words are no longer where they were.
 */
export async function replaceText(access: FieldAccess, range: TextRange, expected: string, text: string): Promise<boolean> {
  if (!access.select(range)) return false;
  const { field } = access;
  const doc = field.ownerDocument;
  await selectionSettled(doc);
  // The user may have typed in the meantime: only ever replace the very words they chose.
  if (access.read().slice(range.start, range.end) !== expected || !access.select(range)) return false;
  if (!isTextControl(field)) {
    const selection = (field.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? doc.getSelection();
    if (!selection || selection.rangeCount === 0) return false;
    const event = new InputEvent('beforeinput', {
      inputType: 'insertText',
      data: text,
      bubbles: true,
      cancelable: true,
      composed: true,
      targetRanges: [new StaticRange(selection.getRangeAt(0))],
    });
    (selection.anchorNode?.parentElement ?? field).dispatchEvent(event);
    if (event.defaultPrevented) return true;
  }
  return doc.execCommand('insertText', false, text);
}
