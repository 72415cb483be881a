import type { DraftOutcome } from '../../core/drafts';
import type { PageConfig } from '../../core/page-config';
import { sendMessage } from '../../messaging/send';
import { draftScorer, type ScoreDraft } from '../../model/scorer';
import { fetchPageConfig, watchPageConfig } from './page-config';

/**
 * What the in-page machinery talks to. On web pages that is the background; the classroom demo
 * supplies its own config and records nothing, while using the very same watcher and overlay.
 */
export interface PageServices {
  fetchConfig(): Promise<PageConfig>;
  watchConfig(signal: AbortSignal, apply: (config: PageConfig) => void): void;
  recordOutcome(outcome: DraftOutcome): void;
  /** "Not abusive here" for this norm. */
  allowHere(normId: string): void;
  /** "Not abusive here" on smart detection's nudge: no more model nudges on this site. */
  allowModelHere(): void;
  /** The on-device model's scorer, loaded when a draft first needs it. */
  loadScorer(): Promise<ScoreDraft>;
}

/** Messages to the background must never disturb the page: a lost one is dropped. */
function post(send: () => Promise<unknown>): void {
  try {
    send().catch(() => undefined);
  } catch {
    // "Extension context invalidated" throws synchronously; the script is going quiet.
  }
}

export const backgroundServices: PageServices = {
  fetchConfig: fetchPageConfig,
  watchConfig: watchPageConfig,
  recordOutcome: (outcome) => post(() => sendMessage('recordDraftOutcome', outcome)),
  // The background stores it and bumps the config version; the refetch clears the flag.
  allowHere: (normId) => post(() => sendMessage('allowNormOnSite', { normId })),
  allowModelHere: () => post(() => sendMessage('allowModelOnSite', {})),
  // The weights come from the background on first use rather than inside this script, which
  // runs in every frame of every page: 700 KB of weight text would be parsed each time.
  loadScorer: () => sendMessage('getModelWeights', {}).then(draftScorer),
};
