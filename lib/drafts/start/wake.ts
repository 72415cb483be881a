import { DRAFT_FIELD_SELECTOR, draftFieldFrom, type DraftField } from '../fields/fields';

/**
 * What the user did in draft fields before Sansi was ready to watch them: kept up to date from
 * the first sign of writing until Sansi takes over (`stop`), so nothing typed meanwhile, and no
 * IME composition opened meanwhile, is missed.
 */
export interface WritingSoFar {
  /**
   * Every field focused or written in, with whether it was edited, and whether the page took
   * and emptied its draft on a plain Enter (it sends on Enter).
   */
  readonly fields: ReadonlyMap<DraftField, { edited: boolean; sentOnEnter: boolean }>;
  /** Fields with an IME composition open now. */
  readonly composing: ReadonlySet<DraftField>;
  /** Stops recording: Sansi's own listeners have taken over. */
  stop(): void;
}

/**
 * Calls `wake` once, at the first sign of writing (a draft field focused or edited), or in idle
 * time after load when the page has a field, so the first keystroke there finds Sansi ready.
 * Until then the content script costs a page five listeners on its document and one idle
 * callback: most pages it runs in are read, not written in (load cost).
 */
export function wakeOnWriting(signal: AbortSignal, wake: (soFar: WritingSoFar) => void): void {
  const recording = new AbortController();
  signal.addEventListener('abort', () => recording.abort(), { once: true, signal: recording.signal });
  const fields = new Map<DraftField, { edited: boolean; sentOnEnter: boolean }>();
  const composing = new Set<DraftField>();
  const soFar: WritingSoFar = { fields, composing, stop: () => recording.abort() };
  let woken = false;
  const wakeOnce = (): void => {
    if (woken || recording.signal.aborted) return;
    woken = true;
    wake(soFar);
  };
  const record = (type: string, field: DraftField): void => {
    const state = fields.get(field) ?? { edited: false, sentOnEnter: false };
    fields.set(field, state);
    if (type === 'compositionstart') composing.add(field);
    else if (type === 'compositionend') composing.delete(field);
    if (type !== 'focusin') state.edited = true;
  };
  for (const type of ['focusin', 'beforeinput', 'input', 'compositionstart', 'compositionend']) {
    document.addEventListener(
      type,
      (event) => {
        const field = draftFieldFrom(event);
        if (!field) return;
        // A page's synthetic events are not someone writing (lib/drafts/ui/trusted.ts). Only
        // the end of a composition the user opened may come untrusted (watcher.ts says why).
        if (!event.isTrusted && !(type === 'compositionend' && composing.has(field))) return;
        record(type, field);
        wakeOnce();
      },
      { capture: true, signal: recording.signal },
    );
  }
  // A first message sent on Enter before Sansi is ready would otherwise teach it nothing, and
  // the next Enter in that box would go out unpaused.
  document.addEventListener(
    'keydown',
    (event) => {
      const field = draftFieldFrom(event);
      if (!field || !event.isTrusted || event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      const text = (): string => ('value' in field ? field.value : (field.textContent ?? '')).trim();
      if (text() === '') return;
      setTimeout(() => {
        const state = fields.get(field);
        if (state && !recording.signal.aborted && text() === '') state.sentOnEnter = true;
      });
    },
    { capture: true, signal: recording.signal },
  );
  requestIdleCallback(
    () => {
      if (!signal.aborted && document.querySelector(DRAFT_FIELD_SELECTOR)) wakeOnce();
    },
    { timeout: 2000 },
  );
}
