import type { Match } from '../matcher/types';
import type { FlagSeen } from '../messaging/protocol';
import { draftFieldFrom, type DraftField } from './fields';
import type { Overlay } from './overlay';

export interface DraftWatcherOptions {
  /** Aborting it removes every listener (the content script was invalidated or unloaded). */
  signal: AbortSignal;
  findAll: (text: string) => Match[];
  overlay: () => Overlay;
  /** Norms that fired for the first time in a field's current draft. */
  onNewFlags: (flags: FlagSeen[]) => void;
}

/**
 * Checks every draft field of the document on input and draws the result. Checks are
 * coalesced into one per animation frame, and none runs while an IME composition is open:
 * half-composed pinyin is not what the user means to write.
 */
export function watchDrafts({ signal, findAll, overlay, onNewFlags }: DraftWatcherOptions): void {
  // Norm ids already reported per field, so a word counts once per draft, not once per keystroke.
  const reported = new WeakMap<DraftField, Set<string>>();
  const composing = new WeakSet<DraftField>();
  const pending = new Set<DraftField>();
  let frame = 0;

  const check = (field: DraftField): void => {
    const text = field.value;
    if (text === '') reported.delete(field);
    const matches = text === '' ? [] : findAll(text);
    overlay().render(field, matches);
    const seen = reported.get(field) ?? new Set<string>();
    reported.set(field, seen);
    const fresh = new Map<string, FlagSeen>();
    for (const { normId, category, severity } of matches) {
      if (!seen.has(normId)) fresh.set(normId, { normId, category, severity });
    }
    if (fresh.size === 0) return;
    for (const id of fresh.keys()) seen.add(id);
    onNewFlags([...fresh.values()]);
  };

  const schedule = (field: DraftField): void => {
    pending.add(field);
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      for (const each of pending) if (!composing.has(each)) check(each);
      pending.clear();
    });
  };

  const options = { capture: true, signal };
  document.addEventListener(
    'input',
    (event) => {
      const field = draftFieldFrom(event);
      if (field && !(event as InputEvent).isComposing) schedule(field);
    },
    options,
  );
  document.addEventListener(
    'compositionstart',
    (event) => {
      const field = draftFieldFrom(event);
      if (field) composing.add(field);
    },
    options,
  );
  document.addEventListener(
    'compositionend',
    (event) => {
      const field = draftFieldFrom(event);
      if (!field) return;
      composing.delete(field);
      schedule(field);
    },
    options,
  );
  let repositionFrame = 0;
  const reposition = (): void => {
    if (repositionFrame) return;
    repositionFrame = requestAnimationFrame(() => {
      repositionFrame = 0;
      overlay().reposition();
    });
  };
  document.addEventListener('scroll', reposition, { ...options, passive: true });
  window.addEventListener('resize', reposition, { signal, passive: true });
  signal.addEventListener('abort', () => cancelAnimationFrame(frame));
}
