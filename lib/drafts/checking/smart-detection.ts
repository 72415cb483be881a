import type { Match } from '../../matcher/types';
import type { Drafts } from './drafts';
import type { TextRange } from '../fields/field-access';
import type { DraftField } from '../fields/fields';
import { visibleBox } from '../fields/geometry';
import { ModelNudges } from '../ui/model-nudge';
import type { Overlay } from '../ui/overlay';

export type { ScoreDraft } from '../../model/scorer';
import type { ScoreDraft } from '../../model/scorer';
import type { ModelVerdict } from './lists-check';

/** A draft is scored once typing has paused this long, not on every keystroke. */
export const SCORE_PAUSE_MS = 300;
/** Shorter drafts are not scored: too little to judge ("外地人" alone passes the threshold). */
export const MIN_SCORED_LENGTH = 6;
/** Longer drafts are not scored: ~50 µs per 1,000 characters would be a long task on a 1 MB paste. */
export const MAX_SCORED_LENGTH = 20_000;


export interface SmartDetectionOptions {
  signal: AbortSignal;
  drafts: Drafts;
  overlay: () => Overlay;
  /** The nudge appeared on (`true`) or left (`false`) this field's draft. */
  onNudge(field: DraftField, showing: boolean): void;
  /** "Not abusive here" on a nudge: no more model nudges on this site. */
  allowHere(): void;
  /**
   * Where the scorer comes from, asked when a draft first needs it, so a page where smart
   * detection is off or nobody writes never decodes the weights (PageServices.loadScorer).
   */
  load: () => Promise<ScoreDraft>;
  /**
   * Whether the banner shows, and the words it names: `judge` with the model (ListsCheck's
   * modelVerdict), so the page shows what the CLI prints.
   */
  verdict: (text: string, score: ScoreDraft) => ModelVerdict;
  /** Keeps an error in a timer or a late score from reaching the page (PageContext.guard). */
  guard?: <A extends unknown[]>(handler: (...args: A) => void) => (...args: A) => void;
}

interface Shown {
  text: string;
  spans: readonly TextRange[];
}

/**
 * Smart detection in a page: after a check in which no flag showed, and once typing pauses, asks
 * `judge` with the on-device model and, when its banner shows, shows a draft-level nudge with
 * the words that weighed marked. The norms list comes first:
 * when a norm matches, its flags replace the nudge. The nudge never holds a send.
 */
export class SmartDetection {
  private on = false;
  private scorer: Promise<ScoreDraft> | undefined;
  private measured = false;
  private readonly timers = new Map<DraftField, number>();
  private readonly shown = new Map<DraftField, Shown>();
  private readonly nudges: ModelNudges;

  constructor(private readonly options: SmartDetectionOptions) {
    this.nudges = new ModelNudges(options.overlay, () => {
      // Gone at once here; the background's new config keeps it off on this site from now on.
      this.setEnabled(false);
      options.allowHere();
    });
    options.signal.addEventListener('abort', () => this.cancelAll());
  }

  /** On or off for this page, from its config. Off removes every nudge at once. */
  setEnabled(on: boolean): void {
    this.on = on;
    if (!on) {
      this.cancelAll();
      for (const field of [...this.shown.keys()]) this.clear(field);
    }
  }

  /** A field was just checked against the norms: score it when typing pauses, or take the nudge down. */
  checked(field: DraftField, text: string, matches: readonly Match[]): void {
    if (!this.on) return;
    clearTimeout(this.timers.get(field));
    this.timers.delete(field);
    const guard = this.options.guard ?? ((handler) => handler);
    const length = text.trim().length;
    if (matches.length > 0 || length < MIN_SCORED_LENGTH || length > MAX_SCORED_LENGTH) {
      this.clear(field);
      return;
    }
    const shown = this.shown.get(field);
    if (shown && shown.text !== text) {
      // Until the draft is scored again, keep the marks the edit did not move.
      const same = commonPrefixLength(shown.text, text);
      this.show(field, { text, spans: shown.spans.filter((span) => span.end <= same) });
    }
    this.timers.set(
      field,
      window.setTimeout(
        guard(() => {
          this.timers.delete(field);
          this.score(field, text).catch((error: unknown) =>
            guard(() => {
              throw error;
            })(),
          );
        }),
        SCORE_PAUSE_MS,
      ),
    );
  }

  /** Draws every nudge where its field is now (after a scroll or resize). */
  redraw(): void {
    for (const [field, shown] of this.shown) this.show(field, shown);
  }

  private async score(field: DraftField, text: string): Promise<void> {
    const started = performance.now();
    let score: ScoreDraft;
    try {
      score = await (this.scorer ??= this.options.load());
    } catch {
      // The extension was reloaded under the page: its script is going quiet anyway.
      this.scorer = undefined;
      return;
    }
    // While the model loaded, the draft may have changed (a newer timer has it) or matched a norm.
    const { drafts, signal } = this.options;
    if (!this.on || signal.aborted || !field.isConnected || drafts.stateOf(field).text !== text || drafts.matchesOf(field).length > 0) return;
    const result = this.options.verdict(text, score);
    if (!this.measured) {
      // For bench and e2e: what the first nudge cost, the model's import and decoding included.
      this.measured = true;
      performance.measure('sansi:smart-detection:first-score', { start: started, end: performance.now() });
    }
    if (result.flagged) this.show(field, { text, spans: result.spans });
    else this.clear(field);
  }

  private show(field: DraftField, shown: Shown): void {
    if (!field.isConnected) {
      this.clear(field);
      return;
    }
    const first = !this.shown.has(field);
    this.shown.set(field, shown);
    const rects = this.options.drafts.stateOf(field).access.rects(shown.spans);
    this.nudges.show(field, rects, visibleBox(field));
    if (first) this.options.onNudge(field, true);
  }

  private clear(field: DraftField): void {
    if (!this.shown.delete(field)) return;
    this.nudges.clear(field);
    this.options.onNudge(field, false);
  }

  private cancelAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}

function commonPrefixLength(a: string, b: string): number {
  const end = Math.min(a.length, b.length);
  let index = 0;
  while (index < end && a.charCodeAt(index) === b.charCodeAt(index)) index += 1;
  return index;
}
