import { draftFieldFrom, isTextControl, type DraftField } from '../fields/fields';
import { trusted } from '../ui/trusted';

export interface DraftWatcherOptions {
  /** Aborting it removes every listener and observer (the content script was invalidated). */
  signal: AbortSignal;
  /** The draft in this field may have changed; once per field per burst of events. */
  onEdit: (field: DraftField) => void;
  /** Something moved (scroll, resize, reflow): redraw without re-reading text. Once per frame. */
  onLayout: () => void;
  /** Keeps an error in a listener from reaching the page (PageContext.guard). */
  guard?: <A extends unknown[]>(handler: (...args: A) => void) => (...args: A) => void;
}

export interface DraftWatcher {
  /** Checks a field in the next frame, as if it had been edited. */
  schedule(field: DraftField): void;
  isComposing(field: DraftField): boolean;
  /**
   * Takes over a field written in before the watcher existed (while Sansi was waking): watches
   * it, and checks it if it was edited and no composition is open in it.
   */
  adopt(field: DraftField, state: { edited: boolean; composing: boolean }): void;
}

// Edits that insert text of any length at once. Their check runs in the task queued by
// `schedule`, after the browser's own: checked inside the task that inserted it, a megabyte
// pasted would be one freeze as long as the browser's insertion and Sansi's read, judge and
// draw of the whole draft together. A person pasting does not see a frame's delay.
const BULK_INSERTS = new Set(['insertFromPaste', 'insertFromPasteAsQuotation', 'insertFromDrop', 'insertFromYank']);
const insertsInBulk = (inputType: string): boolean => BULK_INSERTS.has(inputType);

/**
 * Watches every draft field of the document, including those a single-page app adds later and
 * those inside shadow roots (input events are composed), with listeners on the document only:
 * a page with 200 fields costs no more than a page with one.
 *
 * Checks are coalesced (one per burst of events), and none runs while an IME composition is
 * open: half-composed pinyin is not what the user means to write. Editors that change their DOM
 * without an input event (undo from a keyboard shortcut, a site clearing the box after sending)
 * are caught by a MutationObserver on each field once the user has typed in it.
 */
export function watchDrafts({ signal, onEdit, onLayout, guard = (handler) => handler }: DraftWatcherOptions): DraftWatcher {
  const composing = new WeakSet<DraftField>();
  const pending = new Set<DraftField>();
  const observed = new WeakSet<DraftField>();
  let layoutFrame = 0;

  // Checks run after the editor's own handlers and the renders they start in microtasks
  // (Lexical, React) have run. Events that arrive together share one check.
  const flush = guard((): void => {
    if (pending.size === 0) return;
    const fields = [...pending];
    pending.clear();
    for (const each of fields) if (!composing.has(each)) onEdit(each);
  });
  // An `input` (or `compositionend`) is checked as it finishes: from a listener on the window,
  // the last stop of its propagation, in a microtask after it, so after every listener of the
  // page and the microtasks they queued. That is still inside the keystroke's own task, before
  // its keyup and before any frame, so the highlight is painted with the character that made it.
  let flushing = false;
  const afterDispatch = (): void => {
    if (flushing) return;
    flushing = true;
    queueMicrotask(() => {
      flushing = false;
      flush();
    });
  };
  // Editors that stop the event's propagation at their root (Lexical stops `input`) never let
  // it reach the window: a listener on the field, after theirs, sees that and checks then.
  const atField = guard((event: Event): void => {
    if (event.cancelBubble) afterDispatch();
  });
  const checkAtEndOf = (event: Event, field: DraftField): void => {
    // Each added once (the same listener is never added twice). If something above the field
    // stops the event, the task below checks.
    field.addEventListener(event.type, atField, { once: true, signal });
    window.addEventListener(event.type, afterDispatch, { once: true, signal });
  };
  // Otherwise (a `beforeinput` an editor cancelled, a mutation, a paste) in a task of their
  // own, queued from the event, usually before the next frame.
  // (Made on first use, like the observers below: a page nobody writes in gets listeners only.)
  let channel: MessageChannel | undefined;
  let queued = false;
  const schedule = (field: DraftField): void => {
    pending.add(field);
    if (queued) return;
    queued = true;
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => {
        queued = false;
        flush();
      };
    }
    channel.port2.postMessage(null);
  };

  const layout = (): void => {
    if (layoutFrame) return;
    layoutFrame = requestAnimationFrame(
      guard(() => {
        layoutFrame = 0;
        onLayout();
      }),
    );
  };

  let observers: { mutations: MutationObserver; resizes: ResizeObserver } | undefined;
  const makeObservers = (): { mutations: MutationObserver; resizes: ResizeObserver } => ({
    mutations: new MutationObserver(
      guard((records: MutationRecord[]) => {
        for (const record of records) {
          const field = fieldOfMutation(record.target);
          if (field && !composing.has(field)) schedule(field);
        }
      }),
    ),
    resizes: new ResizeObserver(layout),
  });
  const fieldOfMutation = (node: Node): DraftField | null => {
    for (let at: Node | null = node; at; at = at.parentNode) if (observed.has(at as DraftField)) return at as DraftField;
    return null;
  };
  const observe = (field: DraftField): void => {
    if (observed.has(field)) return;
    observed.add(field);
    const { mutations, resizes } = (observers ??= makeObservers());
    resizes.observe(field);
    if (!isTextControl(field)) mutations.observe(field, { childList: true, characterData: true, subtree: true });
  };

  const options = { capture: true, signal };
  // Only what the person at the keyboard does counts: a page's own synthetic events (a value
  // set and an `input` dispatched, with no gesture) neither wake Sansi nor start a check.
  const on = <E extends Event>(type: string, handler: (event: E) => void): void =>
    document.addEventListener(type, guard(trusted(handler)) as EventListener, options);
  on('input', (event) => {
    const field = draftFieldFrom(event);
    if (!field) return;
    observe(field);
    const { isComposing, inputType } = event as InputEvent;
    if (isComposing) return;
    schedule(field);
    if (!insertsInBulk(inputType)) checkAtEndOf(event, field);
  });
  // Editors that apply typing to their own model cancel `beforeinput`, so no `input` event
  // follows (Slate, CKEditor 5): watch a field's DOM from the moment it has focus.
  on('focusin', (event) => {
    const field = draftFieldFrom(event);
    if (field) observe(field);
  });
  on('beforeinput', (event) => {
    const field = draftFieldFrom(event);
    if (!field) return;
    observe(field);
    if (!(event as InputEvent).isComposing) schedule(field);
  });
  on('compositionstart', (event) => {
    const field = draftFieldFrom(event);
    if (field) composing.add(field);
  });
  // Chromium marks some compositionend events untrusted (an IME's commit through the DevTools
  // protocol); it ends only a composition the user's trusted compositionstart opened, which a
  // page cannot open, so it is taken as it comes.
  document.addEventListener(
    'compositionend',
    guard((event: Event) => {
      const field = draftFieldFrom(event);
      if (!field || !composing.has(field)) return;
      composing.delete(field);
      observe(field);
      schedule(field);
      checkAtEndOf(event, field);
    }),
    options,
  );
  document.addEventListener('scroll', layout, { ...options, passive: true });
  window.addEventListener('resize', layout, { signal, passive: true });
  signal.addEventListener('abort', () => {
    channel?.port1.close();
    cancelAnimationFrame(layoutFrame);
    observers?.mutations.disconnect();
    observers?.resizes.disconnect();
  });
  const adopt = (field: DraftField, state: { edited: boolean; composing: boolean }): void => {
    observe(field);
    if (state.composing) composing.add(field);
    else if (state.edited) schedule(field);
  };
  return { schedule, isComposing: (field) => composing.has(field), adopt };
}
