import type { Match } from '../../matcher/types';
import type { FlagSeen, PageConfig } from '../../messaging/protocol';
import type { NormEntry } from '../../norms/format';
import { adapterFor } from '../../sites';
import { controlCard } from '../features/card';
import { Drafts } from '../checking/drafts';
import { draftFieldFrom, fieldAt, type DraftField } from '../fields/fields';
import { lazyMatcher, type LazyMatcher } from '../checking/lazy-matcher';
import { Overlay } from '../ui/overlay';
import { backgroundServices, type PageServices } from './page-services';
import { showPause } from '../ui/pause-dialog';
import { replaceText } from '../fields/replace';
import { watchSends } from '../watching/sends';
import { DraftSessions } from '../features/draft-sessions';
import { SmartDetection } from '../checking/smart-detection';
import { pick } from '../ui/strings';
import type { WritingSoFar } from './wake';
import { watchDrafts, type DraftWatcher } from '../watching/watcher';

const LARGE_DRAFT_PAUSE_MS = 400;

/** The user-timing measure of Sansi's wake-up in a page: from the first focus or edit to its config. */
export const WAKE_MEASURE = 'sansi:wake';

const sameMatch = (a: Match, b: Match): boolean => a.normId === b.normId && a.start === b.start && a.end === b.end;

export interface StartOptions {
  /** Called once, when Sansi wakes up in this page. */
  onWake?: () => void;
}

/**
 * Starts Sansi in a page: asks `services` (the background, or the demo page) for this page's
 * config, then watches drafts, draws flags, opens the card, and pauses severe sends. When the extension is updated or
 * reloaded (`stillValid` turns false, `signal` aborts), Sansi removes its listeners and overlay
 * and goes quiet; the page and the user's draft stay as they are.
 */
export async function startInPage(
  signal: AbortSignal,
  stillValid: () => boolean,
  services: PageServices = backgroundServices,
  { onWake }: StartOptions = {},
): Promise<void> {
  await setUp(signal, stillValid, services, onWake).wake();
}

/**
 * Starts Sansi in a page where someone has begun to write (see `wakeOnWriting`): takes over the
 * fields written in so far, then starts as `startInPage` does.
 */
export async function startAfterWriting(
  signal: AbortSignal,
  stillValid: () => boolean,
  soFar: WritingSoFar,
  services: PageServices = backgroundServices,
  { onWake }: StartOptions = {},
): Promise<void> {
  const sansi = setUp(signal, stillValid, services, onWake);
  // In the same task as the watcher's listeners went up: no event falls between the two.
  for (const [field, { edited }] of soFar.fields) sansi.adopt(field, { edited, composing: soFar.composing.has(field) });
  soFar.stop();
  await sansi.wake();
}

interface PageSansi {
  /** Fetches the page's config and starts checking; once, however often it is called. */
  wake(): Promise<void>;
  /** Takes over a field written in before Sansi was set up. */
  adopt: DraftWatcher['adopt'];
}

/** Everything Sansi does in a page, set up but not yet woken: no config, no storage, no norms. */
function setUp(signal: AbortSignal, stillValid: () => boolean, services: PageServices, onWake: (() => void) | undefined): PageSansi {
  let overlay: Overlay | undefined;
  // Created on first use, so pages where nobody types get no extra element.
  const getOverlay = (): Overlay => (overlay ??= new Overlay());
  let config: PageConfig | undefined;
  let entries = new Map<string, NormEntry>();
  let pausing = false;

  // Norm ids already reported per draft, so a word counts once per draft, not per keystroke.
  const reported = new WeakMap<DraftField, Set<string>>();
  const sessions = new DraftSessions((outcome) => services.recordOutcome(outcome));
  const drafts = new Drafts({
    overlay: getOverlay,
    onChecked(field, text, matches) {
      const shown = card.target;
      if (shown?.field === field && !matches.some((match) => sameMatch(match, shown.match))) card.hide();
      sessions.checked(field, text.trim() === '', matches);
      smart.checked(field, text, matches);
      if (text === '') reported.delete(field);
      const seen = reported.get(field) ?? new Set<string>();
      reported.set(field, seen);
      const fresh = new Map<string, FlagSeen>();
      for (const { normId, category, severity } of matches) {
        if (!seen.has(normId)) fresh.set(normId, { normId, category, severity });
      }
      if (fresh.size === 0) return;
      for (const id of fresh.keys()) seen.add(id);
      services.recordFlags([...fresh.values()]);
    },
  });

  // Issue 9: the on-device model's draft-level nudge, where no norm matched.
  const smart = new SmartDetection({
    signal,
    drafts,
    overlay: getOverlay,
    onNudge: (field, showing) => sessions.model(field, showing),
    allowHere: () => services.allowModelHere(),
    load: () => services.loadScorer(),
  });

  const card = controlCard({
    signal,
    drafts,
    overlay: getOverlay,
    hasOverlay: () => overlay !== undefined,
    entry: (normId) => entries.get(normId),
    actions: {
      replace(field, match) {
        card.hide();
        const state = drafts.stateOf(field);
        const suggestion = pick(match.suggestion);
        // The text may have moved since the card opened: replace only the very same words.
        state.text = state.access.read();
        const now = drafts.matchesOf(field).find((each) => sameMatch(each, match));
        if (!now || !suggestion) return;
        const words = state.text.slice(now.start, now.end);
        void replaceText(state.access, now, words, suggestion).then((done) => {
          if (done) sessions.suggestionUsed(field);
        });
      },
      allow(field, match) {
        card.hide();
        drafts.stateOf(field).access.keepSelection()();
        services.allowHere(match.normId);
      },
      back(field) {
        drafts.stateOf(field).access.keepSelection()();
      },
    },
  });

  // Compiling the lists is the costliest thing Sansi does: not at page load, but from the
  // first focus on a field, in idle time, a phase at a time (lazy-matcher.ts).
  let lists: LazyMatcher | undefined;
  document.addEventListener(
    'focusin',
    (event) => {
      if (!draftFieldFrom(event)) return;
      void wake();
      lists?.prepare();
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => lists?.stop());

  const apply = (next: PageConfig): void => {
    config = next;
    entries = new Map(next.norms.terms.map((term) => [term.id, term]));
    card.hide();
    lists?.stop();
    const current = next.enabled ? lazyMatcher(next.norms) : undefined;
    lists = current;
    smart.setEnabled(next.enabled && next.smartDetection);
    drafts.setMatcher(() => current?.get() ?? null);
    // Woken by a focus before the config came: that field's idle compile starts now.
    if (focusedDraft()) current?.prepare();
  };

  // A very long draft is checked once typing pauses, not on every keystroke.
  const idleTimers = new Map<DraftField, number>();
  const checkWhenIdle = (field: DraftField): void => {
    clearTimeout(idleTimers.get(field));
    idleTimers.set(
      field,
      window.setTimeout(() => {
        idleTimers.delete(field);
        if (!signal.aborted) drafts.check(field);
      }, LARGE_DRAFT_PAUSE_MS),
    );
  };
  signal.addEventListener('abort', () => idleTimers.forEach((timer) => clearTimeout(timer)));

  const watcher = watchDrafts({
    signal,
    // Before the config arrives this only registers the field (no matcher yet), so the first
    // config checks what the user already typed.
    onEdit: (field) => {
      // Browsers keep running an invalidated content script's listeners; only its extension
      // APIs fail. Checking here (WXT's getter aborts `signal`) lets Sansi go quiet at once.
      if (!stillValid()) return;
      void wake();
      if (drafts.isLarge(field)) checkWhenIdle(field);
      else drafts.check(field);
    },
    onLayout: () => {
      drafts.redraw();
      smart.redraw();
    },
  });

  watchSends({
    signal,
    adapter: adapterFor(location.hostname, document),
    fields: () => drafts.fields(),
    onSend(field, replay) {
      // Never hold a send Sansi can no longer follow through on.
      if (!stillValid()) return false;
      if (pausing) return true;
      // Read the field now: the last check may be a frame old.
      drafts.check(field);
      const severe = config?.enabled ? drafts.atOrAbove(field, config.pauseThreshold) : [];
      if (severe.length === 0) {
        sessions.sent(field, false);
        return false;
      }
      pausing = true;
      card.hide();
      const state = drafts.stateOf(field);
      const restore = state.access.keepSelection();
      sessions.pauseShown(field);
      showPause(
        getOverlay(),
        severe.map((match) => ({ match, word: state.text.slice(match.start, match.end) })),
        {
          edit() {
            pausing = false;
            restore();
          },
          postAnyway() {
            pausing = false;
            restore();
            sessions.sent(field, true);
            replay();
          },
        },
      );
      return true;
    },
  });

  window.addEventListener('pagehide', () => sessions.abandonAll(), { signal });
  signal.addEventListener('abort', () => overlay?.destroy());

  let woken: Promise<void> | undefined;
  function wake(): Promise<void> {
    if (woken) return woken;
    woken = (async () => {
      if (signal.aborted || !stillValid()) return;
      const started = performance.now();
      onWake?.();
      services.watchConfig(signal, apply);
      const first = await services.fetchConfig();
      if (signal.aborted) return;
      apply(first);
      // For bench:e2e: from waking to having the page's config (the lists are compiled after).
      performance.measure(WAKE_MEASURE, { start: started, end: performance.now() });
    })();
    // Woken from an event, a failure (the background restarting, the extension updated) leaves
    // the page alone, as it does at start (the caller's catch).
    woken.catch(() => undefined);
    return woken;
  }
  return { wake, adopt: watcher.adopt };
}

/** The draft field that has the focus, through open shadow roots, if any. */
function focusedDraft(): DraftField | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return fieldAt(active);
}
