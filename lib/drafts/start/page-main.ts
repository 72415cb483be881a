import type { PageConfig } from '../../core/page-config';
import type { NormEntry } from '../../norms/format';
import { Drafts } from '../checking/drafts';
import { listsCheck } from '../checking/lists-check';
import { features } from '../features/registry';
import { draftFieldFrom, fieldAt, type DraftField } from '../fields/fields';
import { Overlay } from '../ui/overlay';
import { trusted } from '../ui/trusted';
import { watchDrafts, type DraftWatcher } from '../watching/watcher';
import { errorGuard, PageEventHub, startFeatures } from './page-context';
import { backgroundServices, type PageServices } from './page-services';
import type { WritingSoFar } from './wake';

/** The user-timing measure of Sansi's wake-up in a page: from the first focus or edit to its config. */
export const WAKE_MEASURE = 'sansi:wake';

export interface StartOptions {
  /** Called once, when Sansi wakes up in this page. */
  onWake?: () => void;
}

/**
 * Starts Sansi in a page: asks `services` (the background, or the demo page) for this page's
 * config, then runs every feature (features/registry.ts). When the extension is updated or
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
  for (const [field, { edited, sentOnEnter }] of soFar.fields) {
    sansi.adopt(field, { edited, composing: soFar.composing.has(field) });
    if (sentOnEnter) sansi.learnedEnterSends(field);
  }
  soFar.stop();
  await sansi.wake();
}

interface PageSansi {
  /** Fetches the page's config and starts checking; once, however often it is called. */
  wake(): Promise<void>;
  /** Takes over a field written in before Sansi was set up. */
  adopt: DraftWatcher['adopt'];
  /** The page sent this field's draft on a plain Enter before Sansi was set up. */
  learnedEnterSends(field: DraftField): void;
}

/** Sansi in a page, set up but not yet woken: no config, no storage, no norms. */
function setUp(signal: AbortSignal, stillValid: () => boolean, services: PageServices, onWake: (() => void) | undefined): PageSansi {
  let overlay: Overlay | undefined;
  // Created on first use, so pages where nobody types get no extra element.
  const getOverlay = (): Overlay => (overlay ??= new Overlay());
  let config: PageConfig | undefined;
  let entries = new Map<string, NormEntry>();
  const hub = new PageEventHub();
  const guard = errorGuard('checking');
  // Compiling the lists is the costliest thing Sansi does: not at page load, but from the
  // first focus on a field, in idle time, a phase at a time (lazy-matcher.ts).
  const lists = listsCheck((error) => console.error('Sansi: a norms list failed to compile; drafts are not checked against it.', error));
  const drafts = new Drafts({ overlay: getOverlay, onChecked: (field, text, matches) => hub.emit('checked', field, text, matches) });

  startFeatures(
    features,
    {
      services,
      drafts,
      lists,
      stillValid,
      overlay: getOverlay,
      hasOverlay: () => overlay !== undefined,
      config: () => config,
      entry: (normId) => entries.get(normId),
    },
    hub,
    signal,
  );

  const apply = guard((next: PageConfig): void => {
    config = next;
    entries = new Map(next.norms.terms.map((term) => [term.id, term]));
    lists.use(next.enabled ? next.norms : null, { pauseThreshold: next.pauseThreshold, showUntargeted: next.showUntargeted });
    hub.emit('config', next);
    drafts.setMatcher(() => (lists.on ? lists : null));
    // Woken by a focus before the config came: that field's idle compile starts now.
    if (focusedDraft()) lists.prepare();
  });

  document.addEventListener(
    'focusin',
    guard(
      trusted((event: FocusEvent) => {
        if (!draftFieldFrom(event)) return;
        void wake();
        lists.prepare();
      }),
    ),
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => lists.stop());

  const watcher = watchDrafts({
    signal,
    guard,
    // Before the config arrives this only registers the field (no matcher yet), so the first
    // config checks what the user already typed.
    onEdit: (field) => {
      // Browsers keep running an invalidated content script's listeners; only its extension
      // APIs fail. Checking here (WXT's getter aborts `signal`) lets Sansi go quiet at once.
      if (!stillValid()) return;
      void wake();
      hub.emit('edited', field);
    },
    onLayout: () => hub.emit('layout'),
  });
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
  return { wake, adopt: watcher.adopt, learnedEnterSends: (field) => hub.emit('sendsOnEnter', field) };
}

/** The draft field that has the focus, through open shadow roots, if any. */
function focusedDraft(): DraftField | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return fieldAt(active);
}
