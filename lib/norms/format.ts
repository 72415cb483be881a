// The norms-list file format ("sansi-norms", version 1): what users import and export, and what
// the shipped presets are written in. Documented in lib/norms/README.md.
import type { Category, LocalisedText, NormTerm, Severity } from '../matcher/types';

export const NORMS_FORMAT = 'sansi-norms';
export const NORMS_VERSION = 1;

/** One term of a list: what the matcher needs plus the words a person reads in the card. */
export interface NormEntry extends NormTerm {
  /** Why it may hurt, in both UI languages (optional: a list may have none). */
  note?: LocalisedText;
  /** A kinder way to say it, in both UI languages. */
  suggestion?: LocalisedText;
}

export interface NormsList {
  format: typeof NORMS_FORMAT;
  version: typeof NORMS_VERSION;
  /** Stable id of the list, e.g. `zh-general`; user lists get one on import. */
  id: string;
  name: string;
  /** BCP 47 primary languages the list is written for, e.g. `["zh"]`, `["en"]`. */
  languages: string[];
  terms: NormEntry[];
  /** Innocent phrases that suppress matches they cover (`操作`, `垃圾分类`). */
  allow: string[];
}

export const categories: readonly Category[] = [
  'insult',
  'profanity',
  'threat',
  'harassment',
  'identity-hate',
  'self-harm',
  'doxxing',
];

export const severities: readonly Severity[] = [1, 2, 3];
