import type { Match } from '../../matcher/types';
import type { PageConfig } from '../../core/page-config';
import type { NormEntry } from '../../norms/format';
import type { Drafts } from '../checking/drafts';
import type { ListsCheck } from '../checking/lists-check';
import type { DraftField } from '../fields/fields';
import type { PageServices } from '../start/page-services';
import type { Overlay } from '../ui/overlay';

/** What happens in a page that more than one feature cares about. */
export interface PageEvents {
  /** The draft in this field may have changed: once per field per burst of edits. */
  edited: [field: DraftField];
  /** Something moved (scroll, resize, reflow): redraw without reading text. */
  layout: [];
  /** A field was read and checked against the lists. */
  checked: [field: DraftField, text: string, matches: readonly Match[]];
  /** The page's config arrived or changed (lists, switches, threshold). */
  config: [config: PageConfig];
  /** The pause before a send is showing for this field. */
  paused: [field: DraftField];
  /** The page sends this field's draft on a plain Enter (learned before Sansi was set up). */
  sendsOnEnter: [field: DraftField];
  /** The field's draft went out; `anyway` when chosen at the pause. */
  sent: [field: DraftField, anyway: boolean];
  /** A card's suggestion replaced the words in this field. */
  suggestionUsed: [field: DraftField];
  /** Smart detection's nudge appeared on (`showing`) or left this field's draft. */
  nudged: [field: DraftField, showing: boolean];
}

export type PageEventName = keyof PageEvents;

/** What every feature is given: the page's shared state, and a way to talk to the others. */
export interface PageContext {
  readonly services: PageServices;
  readonly drafts: Drafts;
  /** The page's check (`judge`): smart detection asks it for the model's verdict too. */
  readonly lists: Pick<ListsCheck, 'modelVerdict'>;
  /** False once the extension was updated or removed under the page. */
  stillValid(): boolean;
  /** Sansi's overlay in this page, made on first use. */
  overlay(): Overlay;
  /** Whether the overlay exists yet (hovering a page nobody typed in makes nothing). */
  hasOverlay(): boolean;
  /** The page's config, once it has come. */
  config(): PageConfig | undefined;
  /** The norms list entry behind a match (its note and suggestion). */
  entry(normId: string): NormEntry | undefined;
  /** Listens to a page event, for as long as the feature runs; errors stay in the feature. */
  on<K extends PageEventName>(type: K, listener: (...args: PageEvents[K]) => void): void;
  emit<K extends PageEventName>(type: K, ...args: PageEvents[K]): void;
  /**
   * Wraps one of the feature's handlers (DOM listeners, timers, callbacks) so that an error in
   * it never reaches the page: it is logged once for the feature, and the feature carries on
   * with the next event.
   */
  guard<A extends unknown[], R>(handler: (...args: A) => R, fallback: R): (...args: A) => R;
  guard<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void;
}

/** One thing Sansi does in a page. Adding one touches its file and the registry. */
export interface Feature {
  readonly name: string;
  /** Sets the feature up; `signal` aborts when Sansi stops in this page. */
  start(ctx: PageContext, signal: AbortSignal): void;
}
