// Every message, defined once: who may send it, the shape of its payload (checked at run time
// by the background, and the payload's type for senders), and the type of its reply. Payloads
// from content scripts carry ids and counts, never draft text.
import { DRAFT_OUTCOME_KINDS, type DraftOutcome, type FlagSeen } from '../core/drafts';
import type { LockStatus, UnlockResult } from '../core/lock';
import type { NormsEdit } from '../core/norms-edit';
import type { PageConfig } from '../core/page-config';
import type { HabitRecords } from '../core/records';
import type { Category, Severity } from '../matcher/types';
import type { ModelLanguage, ModelWeights } from '../model/codec';
import { categories, severities } from '../norms/format';
import { isNormEntry, isNormsList, TERM_ID } from '../norms/validate';
import { array, boolean, empty, guarded, literal, number, object, oneOf, string, union, type Shape } from './shape';

/**
 * Who may send a message. `content`: a content script in a web page, whose host the background
 * takes from the sender, never the payload. `page`: Sansi's own pages; settings change only from
 * there, since a page can drive its content script. `either`: both (the demo and options pages
 * use the matcher and the model too).
 */
export type From = 'content' | 'page' | 'either';

export interface MessageDefinition<Req = unknown, Res = unknown> {
  from: From;
  request: Shape<Req>;
  /** Never read at run time: it carries the reply's type. */
  response: Res;
}

/** The reply's type, for the table; the value is a placeholder no code reads. */
const reply = <T>(): T => undefined as T;
const define = <Req, Res>(from: From, request: Shape<Req>, response: Res): MessageDefinition<Req, Res> => ({ from, request, response });

const MAX_FLAGS_PER_MESSAGE = 200;
const MAX_HOST_LENGTH = 253;
const MAX_PHRASE_LENGTH = 100;

const id = string((text) => TERM_ID.test(text));
const host = string((text) => text.length <= MAX_HOST_LENGTH && /^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/i.test(text));
const severity = oneOf(severities as readonly Severity[]);
const time = number((value) => Number.isFinite(value) && value > 0);
// PIN rules (length, digits) are judged by the lock, which explains them; here only the shape.
const pinText = object({ pin: string((text) => text.length <= 256) });

const flag: Shape<FlagSeen> = object({ normId: id, category: oneOf(categories as readonly Category[]), severity });
const flags = array(flag, MAX_FLAGS_PER_MESSAGE);

const draftOutcome: Shape<DraftOutcome> = object(
  { startedAt: time, endedAt: time, outcome: oneOf(DRAFT_OUTCOME_KINDS), flags, pauseShown: boolean, modelFired: boolean },
  (outcome) => outcome.endedAt >= outcome.startedAt,
);

const term = guarded(isNormEntry);
const phrase = string((text) => text.length <= MAX_PHRASE_LENGTH);
const normsEdit: Shape<NormsEdit> = union(
  object({ op: literal('addTerm'), listId: id, term }),
  object({ op: literal('updateTerm'), listId: id, term }),
  object({ op: literal('setTermEnabled'), listId: id, termId: id, enabled: boolean }),
  object({ op: literal('deleteTerm'), listId: id, termId: id }),
  object({ op: literal('addAllow'), listId: id, phrase }),
  object({ op: literal('deleteAllow'), listId: id, phrase }),
  object({ op: literal('setListActive'), listId: id, active: boolean }),
  object({ op: literal('deleteList'), listId: id }),
);

type Version = { version: number };

export const messages = {
  // From content scripts (and Sansi's own pages where they check drafts too):
  getPageConfig: define('either', empty, reply<PageConfig>()),
  /** A draft ended: what fired in it and what the writer did. The host comes from the sender. */
  recordDraftOutcome: define('content', draftOutcome, reply<{ stored: number }>()),
  /** "Not abusive here": this norm stays quiet on the sender's site from now on. */
  allowNormOnSite: define('content', object({ normId: id }), reply<Version>()),
  /** "Not abusive here" on the smart-detection nudge: nothing from the draft, not even an id. */
  allowModelOnSite: define('content', empty, reply<Version>()),
  /** The on-device model's weights, sent once to a content script that needs them. */
  getModelWeights: define('either', empty, reply<Record<ModelLanguage, ModelWeights>>()),

  // Settings, from Sansi's own pages only:
  setSiteEnabled: define('page', object({ host, enabled: boolean }), reply<Version>()),
  /** Takes back one "Not abusive here" (a norm's id, or the model's) on one site: it is flagged there again. */
  restoreNormOnSite: define('page', object({ host, normId: string((text) => text.length > 0 && text.length <= MAX_PHRASE_LENGTH) }), reply<Version>()),
  setPauseThreshold: define('page', object({ severity }), reply<Version>()),
  /** Smart detection on or off everywhere. */
  setSmartDetection: define('page', object({ enabled: boolean }), reply<Version>()),
  /** Underline swearing and insults aimed at no one too, everywhere (they never pause a send). */
  setShowUntargeted: define('page', object({ enabled: boolean }), reply<Version>()),
  editNorms: define('page', normsEdit, reply<Version>()),
  importNorms: define('page', object({ list: guarded(isNormsList) }), reply<{ version: number; listId: string; terms: number }>()),
  undoLastChange: define('page', empty, reply<{ version: number; undone: boolean }>()),

  // Habit records, from Sansi's own pages only:
  /** "Delete all my data": draft sessions and daily counts; norms lists stay. */
  deleteAllData: define('page', empty, reply<{ deleted: number }>()),
  /** How long draft records are kept; older ones are removed at once and from then on. */
  setRetentionDays: define('page', object({ days: number((days) => Number.isInteger(days) && days >= 1 && days <= 3650) }), reply<{ removed: number }>()),
  /** The habit records for export; refused while the lock is on. */
  exportRecords: define('page', empty, reply<HabitRecords>()),

  // The parental lock, from Sansi's own pages only:
  getLockStatus: define('page', empty, reply<LockStatus>()),
  /** Sets (or, when unlocked, changes) the PIN; the first time, switches parent mode on. */
  setParentPin: define('page', pinText, reply<LockStatus>()),
  unlockSettings: define('page', pinText, reply<UnlockResult>()),
  lockSettings: define('page', empty, reply<LockStatus>()),
  removeParentLock: define('page', empty, reply<LockStatus>()),
  /** The parent has seen the reset notice (needs a fresh unlock with the PIN). */
  acknowledgeReset: define('page', empty, reply<LockStatus>()),
  /** Forgotten PIN: removes the lock together with every habit record, and says so. */
  resetForgottenPin: define('page', object({ confirm: literal('erase-all-records') }), reply<LockStatus>()),
} satisfies Record<string, MessageDefinition>;

export type Messages = typeof messages;
