import type { SiteAdapter } from '../../sites/types';
import { draftFieldFrom, type DraftField } from '../fields/fields';
import { trusted } from '../ui/trusted';
import { enterSends, fieldForClick } from './send-targets';

export interface SendWatchOptions {
  signal: AbortSignal;
  adapter: SiteAdapter | null;
  /** Fields the user wrote in, newest last: the ones a send button may belong to. */
  fields(): DraftField[];
  /** The field's draft as it is now. */
  textOf(field: DraftField): string;
  /**
   * A send from `field` is about to happen. Return true to hold it (the pause took over);
   * `replay` sends it later exactly as the user asked, without asking again.
   */
  onSend(field: DraftField, replay: () => void): boolean;
  /** The page sent the draft on a plain Enter Sansi did not take for a send (see `checked`). */
  onSentAfterEnter(field: DraftField): void;
  /** Keeps an error in a listener from reaching the page (PageContext.guard). */
  guard?: <A extends unknown[]>(handler: (...args: A) => void) => (...args: A) => void;
}

export interface SendWatcher {
  /** From now on a plain Enter in fields like this one is a send. */
  learnEnterSends(field: DraftField): void;
  /**
   * The field was just checked. Emptied right after a plain Enter let through, it was sent:
   * the page sends on Enter from a field like it, and Sansi holds such Enters from now on.
   * Changed otherwise (a new line, more typing), that Enter was not a send.
   */
  checked(field: DraftField, text: string): void;
  /**
   * The pause a send from this field opened is over and the user is back in the draft (Edit,
   * "Show me"): their next send is a new one, however soon it comes.
   */
  backInDraft(field: DraftField): void;
}

// One user action reaches Sansi as several events: a button's click and its form's submit, an
// Enter's keydown, the form's implicit submission and the click on its default button. Sends
// of the same draft from the same field this close together are one send.
const SAME_SEND_MS = 1000;
// A page that sends on Enter empties the box about at once; later, it was the user.
const CLEARED_AFTER_ENTER_MS = 1500;

/** What makes two fields "alike": a single-page app re-creates its composer after each send. */
function likeness(field: DraftField): string {
  return [field.localName, field.id, field.getAttribute('name'), field.getAttribute('aria-label'), field.getAttribute('placeholder'), field.className].join('|');
}

/**
 * Notices sends before the page acts on them: Enter (or Ctrl/Cmd+Enter) in a field, a click on
 * the send button near it, or the submit of its form. Listeners sit on the window in the
 * capture phase, so they run before the site's own handlers and can hold the send. Only the
 * user's own keys and clicks count.
 */
export function watchSends({ signal, adapter, fields, textOf, onSend, onSentAfterEnter, guard = (handler) => handler }: SendWatchOptions): SendWatcher {
  let replaying = false;
  let last: { field: DraftField; text: string; at: number; held: boolean } | null = null;
  let enterLetThrough: { field: DraftField; text: string; at: number } | null = null;
  const sendsOnEnter = new Set<string>();

  const replayWith = (action: () => void) => () => {
    replaying = true;
    try {
      action();
    } finally {
      replaying = false;
    }
  };
  const hold = (event: Event): void => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  /** Asks `onSend` once per send, however many events the send arrives as. */
  const send = (event: Event, field: DraftField, replay: () => void): void => {
    const text = textOf(field);
    const now = performance.now();
    const same = last !== null && last.field === field && last.text === text && now - last.at < SAME_SEND_MS;
    const held = same ? last!.held : onSend(field, replay);
    if (!same) last = { field, text, at: now, held };
    if (held) hold(event);
  };
  const listen = <E extends Event>(type: string, handler: (event: E) => void): void =>
    window.addEventListener(
      type,
      guard(
        trusted((event: E) => {
          if (!replaying) handler(event);
        }),
      ) as EventListener,
      { capture: true, signal },
    );

  listen('keydown', (event: KeyboardEvent) => {
    const field = draftFieldFrom(event);
    if (!field) return;
    if (!enterSends(field, event, adapter, sendsOnEnter.has(likeness(field)))) {
      const plainEnter = event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey && !event.isComposing;
      const text = textOf(field);
      if (!plainEnter || text.trim() === '') return;
      enterLetThrough = { field, text, at: performance.now() };
      // A page that empties a text control by script fires no event: look, after its handlers
      // and again a moment later (some send first and clear when the server answers).
      for (const delay of [0, 300]) window.setTimeout(guard(() => watcher.checked(field, textOf(field))), delay);
      return;
    }
    const target = (event.composedPath()[0] as Element | undefined) ?? field;
    const init: KeyboardEventInit = { key: event.key, code: event.code, ctrlKey: event.ctrlKey, metaKey: event.metaKey, bubbles: true, cancelable: true, composed: true };
    const replay = replayWith(() => {
      // The page sees the same keys again; a form field whose Enter nobody handled submits.
      const down = new KeyboardEvent('keydown', init);
      target.dispatchEvent(down);
      if (!down.defaultPrevented) target.dispatchEvent(new KeyboardEvent('keypress', init));
      target.dispatchEvent(new KeyboardEvent('keyup', init));
      if (!down.defaultPrevented && field instanceof HTMLInputElement) field.form?.requestSubmit();
    });
    send(event, field, replay);
  });
  // The next key after an Enter the page took shows whether it emptied the box, even where the
  // timers above run late (a tab in the background fires them at most once a second).
  listen('beforeinput', (event: InputEvent) => {
    const field = draftFieldFrom(event);
    if (field && enterLetThrough?.field === field) watcher.checked(field, textOf(field));
  });
  listen('click', (event: MouseEvent) => {
    const found = fieldForClick(event.composedPath(), fields(), adapter);
    if (found) send(event, found.field, replayWith(() => found.button.click()));
  });
  listen('submit', (event: SubmitEvent) => {
    // A submit is trusted even when the page's script asked for it (`requestSubmit()`); it is
    // the user's only while their own click or key is fresh (transient activation).
    if (navigator.userActivation && !navigator.userActivation.isActive) return;
    const form = event.target as HTMLFormElement;
    const field = [...fields()].reverse().find((each) => each.isConnected && form.contains(each));
    if (field) send(event, field, replayWith(() => form.requestSubmit(event.submitter)));
  });

  const watcher: SendWatcher = {
    learnEnterSends: (field) => void sendsOnEnter.add(likeness(field)),
    backInDraft(field) {
      if (last?.field === field) last = null;
    },
    checked(field, text) {
      const entered = enterLetThrough;
      if (!entered || entered.field !== field) return;
      if (performance.now() - entered.at > CLEARED_AFTER_ENTER_MS || (text.trim() !== '' && text !== entered.text)) {
        enterLetThrough = null;
        return;
      }
      if (text.trim() !== '') return;
      enterLetThrough = null;
      sendsOnEnter.add(likeness(field));
      onSentAfterEnter(field);
    },
  };
  return watcher;
}
