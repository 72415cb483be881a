// The one message protocol between content scripts, extension pages and the background.
// Payloads from content scripts carry ids and counts, never draft text (DESIGN.md, Trust).
import type { FlagSeen, DraftOutcome } from '../core/drafts';
import type { LockStatus, UnlockResult } from '../core/lock';
import type { NormsEdit } from '../core/norms-edit';
import type { PageConfig } from '../core/page-config';
import type { HabitRecords } from '../core/records';
import type { Severity } from '../matcher/types';
import type { ModelLanguage, ModelWeights } from '../model/codec';
import type { NormsList } from '../norms/format';

// The domain types moved to lib/core; these re-exports keep older importers working.
export type { DraftOutcome, DraftOutcomeKind, FlagSeen } from '../core/drafts';
export type { NormsEdit } from '../core/norms-edit';
export { CONFIG_VERSION_KEY, type PageConfig } from '../core/page-config';

/** Every message: its request payload and its response. */
export interface ProtocolMap {
  getPageConfig: { request: Record<string, never>; response: PageConfig };
  /** A content script saw these norms fire in a draft; the background takes the host from the sender. */
  recordFlags: { request: { flags: FlagSeen[] }; response: { stored: number } };
  recordDraftOutcome: { request: DraftOutcome; response: { stored: number } };
  /** "Not abusive here": this norm stays quiet on the sender's site from now on. */
  allowNormOnSite: { request: { normId: string }; response: { version: number } };
  /** "Not abusive here" on the smart-detection nudge: no more model nudges on the sender's site. */
  allowModelOnSite: { request: Record<string, never>; response: { version: number } };
  // Extension pages only:
  setSiteEnabled: { request: { host: string; enabled: boolean }; response: { version: number } };
  setPauseThreshold: { request: { severity: Severity }; response: { version: number } };
  /** Smart detection on or off everywhere (issue 9). */
  setSmartDetection: { request: { enabled: boolean }; response: { version: number } };
  editNorms: { request: NormsEdit; response: { version: number } };
  importNorms: { request: { list: NormsList }; response: { version: number; listId: string; terms: number } };
  undoLastChange: { request: Record<string, never>; response: { version: number; undone: boolean } };
  // habits (issue 6), extension pages only:
  /** "Delete all my data": draft sessions, daily counts and flag events; norms lists stay. */
  deleteAllData: { request: Record<string, never>; response: { deleted: number } };
  /** How long draft records are kept; older ones are removed at once and from then on. */
  setRetentionDays: { request: { days: number }; response: { removed: number } };
  /** The on-device model's weights, sent once to a content script that needs them (issue 9). */
  getModelWeights: { request: Record<string, never>; response: Record<ModelLanguage, ModelWeights> };
  // parental lock (issue 7), extension pages only:
  getLockStatus: { request: Record<string, never>; response: LockStatus };
  /** Sets (or, when unlocked, changes) the PIN; the first time, switches parent mode on. */
  setParentPin: { request: { pin: string }; response: LockStatus };
  unlockSettings: { request: { pin: string }; response: UnlockResult };
  lockSettings: { request: Record<string, never>; response: LockStatus };
  removeParentLock: { request: Record<string, never>; response: LockStatus };
  /** The parent has seen the reset notice (needs a fresh unlock with the PIN). */
  acknowledgeReset: { request: Record<string, never>; response: LockStatus };
  /** Forgotten PIN: removes the lock together with every habit record, and says so. */
  resetForgottenPin: { request: { confirm: 'erase-all-records' }; response: LockStatus };
  /** The habit records for export; refused while the lock is on. */
  exportRecords: { request: Record<string, never>; response: HabitRecords };
}

export type MessageType = keyof ProtocolMap;
export type Request<T extends MessageType> = ProtocolMap[T]['request'];
export type Response<T extends MessageType> = ProtocolMap[T]['response'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Request<T>;
}

/** Responses cross the wire wrapped so a refusal is a value, not a lost exception. */
export type Reply<T extends MessageType> = { ok: true; value: Response<T> } | { ok: false; error: string };
