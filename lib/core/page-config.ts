import type { Severity } from '../matcher/types';
import type { CategoryRewrites, NormEntry } from '../norms/format';

/** Everything a content script needs to check drafts on its page. */
export interface PageConfig {
  /** Bumps on any change that affects pages; mirrored in storage.local under CONFIG_VERSION_KEY. */
  version: number;
  /** False when the user switched Sansi off for this site. */
  enabled: boolean;
  /** A send is paused when a flag of at least this severity is present. */
  pauseThreshold: Severity;
  /**
   * The active lists merged, minus disabled terms and this site's personal allows; `rewrites`
   * are the lists' phrase rewrites by category, merged in the same order.
   */
  norms: { terms: NormEntry[]; allow: string[]; rewrites?: CategoryRewrites };
  /**
   * Smart detection: score drafts no norm matched with the on-device model. False when the user
   * switched it off, or said "not abusive here" to its nudge on this site.
   */
  smartDetection: boolean;
  /** Also underline swearing and insults aimed at no one (they never pause a send). */
  showUntargeted: boolean;
  /**
   * Parent mode is on: personal allows ("Not abusive here") are refused, so the card does not
   * offer them. Absent means not locked (the demo page has no parent mode).
   */
  locked?: boolean;
}

/** storage.local key whose change tells content scripts to fetch their PageConfig again. */
export const CONFIG_VERSION_KEY = 'sansi.configVersion';
