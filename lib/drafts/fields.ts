/** A field whose text Sansi reads. Contenteditable editors join in issue 5. */
export type DraftField = HTMLTextAreaElement | HTMLInputElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

/** The draft field an event came from, looking through open shadow roots. */
export function draftFieldFrom(event: Event): DraftField | null {
  const target = event.composedPath()[0] ?? event.target;
  if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? null : target;
  if (target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type)) {
    return target.readOnly || target.disabled ? null : target;
  }
  return null;
}
