import type { Severity } from '../matcher/types';
import type { NormEntry } from '../norms/format';

/** Everything a content script needs to check drafts on its page. */
export interface PageConfig {
  /** Bumps on any change that affects pages; mirrored in storage.local under CONFIG_VERSION_KEY. */
  version: number;
  /** False when the user switched Sansi off for this site. */
  enabled: boolean;
  /** A send is paused when a flag of at least this severity is present. */
  pauseThreshold: Severity;
  /** The active lists merged, minus disabled terms and this site's personal allows. */
  norms: { terms: NormEntry[]; allow: string[] };
  /**
   * Smart detection: score drafts no norm matched with the on-device model. False when the user
   * switched it off, or said "not abusive here" to its nudge on this site.
   */
  smartDetection: boolean;
}

/** storage.local key whose change tells content scripts to fetch their PageConfig again. */
export const CONFIG_VERSION_KEY = 'sansi.configVersion';
