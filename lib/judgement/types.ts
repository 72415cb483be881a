import type { Category, Severity } from '../matcher/types';

/**
 * How aiming matters to a norm (the norms format's `aim`): `required` shows only when aimed at
 * someone ("you idiot"; "this update is stupid" and "卧槽" stay quiet), `always` shows wherever
 * it appears (threats, doxxing), `raises` always shows, one step more severe when aimed at the
 * reader.
 */
export type { Aim } from '../matcher/types';

/** Who or what a match is about, as far as the words around it say. */
export type Target =
  /** second person, a mention or reply, a name or role, a third person */
  | 'person'
  /** the writer: 我, I, me, myself */
  | 'self'
  /** a thing, a situation, a film's character */
  | 'thing'
  /** inside quotation marks, or reported speech ("他骂我傻逼", she called me "stupid") */
  | 'quoted'
  /** nothing either way */
  | 'none';

/** One flag the user sees: a highlight in the draft. Offsets are the matcher's, unchanged. */
export interface Flag {
  start: number;
  end: number;
  normId: string;
  category: Category;
  /** The norm's severity, one step higher for a `raises` norm aimed at the reader. */
  severity: Severity;
  /** Whether the context says it is aimed at someone. */
  aimed: boolean;
}

/** What `judge` decides for a draft. */
export interface Judgement {
  /** `mark`: any highlight or the smart-detection banner; `pause`: a send would be paused. */
  nudge: 'none' | 'mark' | 'pause';
  flags: Flag[];
  /** Smart detection's second opinion (`probability` 0 when it did not read the draft). */
  model: { flagged: boolean; probability: number };
}

/** The user's settings that change the judgement. */
export interface JudgeSettings {
  /** A send is paused when an aimed (or `always`) flag has at least this severity. */
  pauseThreshold: Severity;
  /** Smart detection: the model reads drafts the lists let through. */
  smartDetection: boolean;
  /** Also underline swearing and insults aimed at nobody (they never pause a send). */
  showUntargeted: boolean;
}

export const defaultJudgeSettings: Readonly<JudgeSettings> = {
  pauseThreshold: 2,
  smartDetection: true,
  showUntargeted: false,
};
