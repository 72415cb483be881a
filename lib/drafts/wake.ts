import { DRAFT_FIELD_SELECTOR, draftFieldFrom } from './fields';

/** The events that show someone starting to write in a draft field. */
const WRITING_EVENTS = ['focusin', 'beforeinput', 'input', 'compositionstart'] as const;

/**
 * Calls `wake` once, at the first sign of writing: a draft field focused, or edited, with the
 * event that showed it; or, with `null`, in idle time after load when the page has a field
 * (so the first keystroke there finds Sansi ready). Until then Sansi costs a page four
 * listeners on its document and one idle callback: most pages a content script runs in are
 * read, not written in (issue 5's load cost).
 */
export function wakeOnWriting(signal: AbortSignal, wake: (event: Event | null) => void): void {
  const waiting = new AbortController();
  signal.addEventListener('abort', () => waiting.abort(), { once: true, signal: waiting.signal });
  const woken = (event: Event | null): void => {
    if (waiting.signal.aborted) return;
    waiting.abort();
    wake(event);
  };
  for (const type of WRITING_EVENTS) {
    document.addEventListener(
      type,
      (event) => {
        if (draftFieldFrom(event)) woken(event);
      },
      { capture: true, signal: waiting.signal },
    );
  }
  requestIdleCallback(
    () => {
      if (!signal.aborted && document.querySelector(DRAFT_FIELD_SELECTOR)) woken(null);
    },
    { timeout: 2000 },
  );
}
