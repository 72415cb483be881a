// Runtime shape checks for messages arriving at the background. A page can reach the
// background only through a content script, but a compromised or buggy one must not be able to
// write anything but well-formed outcomes.
import type { Category, Severity } from '../matcher/types';
import { categories, severities } from '../norms/format';
import { isNormEntry, isNormsList, TERM_ID } from '../norms/validate';
import { DRAFT_OUTCOME_KINDS, type DraftOutcomeKind, type FlagSeen } from '../core/drafts';
import type { Envelope, MessageType, ProtocolMap } from './protocol';

const MAX_FLAGS_PER_MESSAGE = 200;
const MAX_HOST_LENGTH = 253;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Exactly these keys: anything extra (a stray `text`, a forged `host`) is refused. */
function hasKeys(value: Record<string, unknown>, ...keys: string[]): boolean {
  const actual = Object.keys(value);
  return actual.length === keys.length && keys.every((key) => key in value);
}

const isId = (value: unknown): value is string => typeof value === 'string' && TERM_ID.test(value);
const isSeverity = (value: unknown): value is Severity => severities.includes(value as Severity);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

function isFlag(value: unknown): value is FlagSeen {
  return (
    isRecord(value) &&
    hasKeys(value, 'normId', 'category', 'severity') &&
    isId(value.normId) &&
    categories.includes(value.category as Category) &&
    isSeverity(value.severity)
  );
}

const isFlags = (value: unknown): boolean => Array.isArray(value) && value.length <= MAX_FLAGS_PER_MESSAGE && value.every(isFlag);

// PIN rules (digits, length) are judged by the lock, which explains them; here only the shape.
const isPinText = (value: unknown): boolean => typeof value === 'string' && value.length <= 64;

function isHost(value: unknown): boolean {
  return typeof value === 'string' && value.length <= MAX_HOST_LENGTH && /^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/i.test(value);
}

function isNormsEdit(edit: Record<string, unknown>): boolean {
  if (!isId(edit.listId)) return false;
  switch (edit.op) {
    case 'addTerm':
    case 'updateTerm':
      return hasKeys(edit, 'op', 'listId', 'term') && isNormEntry(edit.term);
    case 'setTermEnabled':
      return hasKeys(edit, 'op', 'listId', 'termId', 'enabled') && isId(edit.termId) && typeof edit.enabled === 'boolean';
    case 'deleteTerm':
      return hasKeys(edit, 'op', 'listId', 'termId') && isId(edit.termId);
    case 'addAllow':
    case 'deleteAllow':
      return hasKeys(edit, 'op', 'listId', 'phrase') && typeof edit.phrase === 'string' && edit.phrase.length <= 100;
    case 'setListActive':
      return hasKeys(edit, 'op', 'listId', 'active') && typeof edit.active === 'boolean';
    case 'deleteList':
      return hasKeys(edit, 'op', 'listId');
    default:
      return false;
  }
}

const payloadCheckers: { [T in MessageType]: (payload: Record<string, unknown>) => boolean } = {
  getPageConfig: (payload) => hasKeys(payload),
  recordFlags: (payload) => hasKeys(payload, 'flags') && isFlags(payload.flags),
  recordDraftOutcome: (payload) =>
    hasKeys(payload, 'startedAt', 'endedAt', 'outcome', 'flags', 'pauseShown', 'modelFired') &&
    isTime(payload.startedAt) &&
    isTime(payload.endedAt) &&
    (payload.endedAt as number) >= (payload.startedAt as number) &&
    DRAFT_OUTCOME_KINDS.includes(payload.outcome as DraftOutcomeKind) &&
    isFlags(payload.flags) &&
    typeof payload.pauseShown === 'boolean' &&
    typeof payload.modelFired === 'boolean',
  allowNormOnSite: (payload) => hasKeys(payload, 'normId') && isId(payload.normId),
  // Nothing from the draft: the host comes from the sender, the nudge needs no id.
  allowModelOnSite: (payload) => hasKeys(payload),
  setSiteEnabled: (payload) => hasKeys(payload, 'host', 'enabled') && isHost(payload.host) && typeof payload.enabled === 'boolean',
  setPauseThreshold: (payload) => hasKeys(payload, 'severity') && isSeverity(payload.severity),
  setSmartDetection: (payload) => hasKeys(payload, 'enabled') && typeof payload.enabled === 'boolean',
  editNorms: (payload) => isNormsEdit(payload),
  importNorms: (payload) => hasKeys(payload, 'list') && isNormsList(payload.list),
  undoLastChange: (payload) => hasKeys(payload),
  // habits (issue 6)
  deleteAllData: (payload) => hasKeys(payload),
  setRetentionDays: (payload) =>
    hasKeys(payload, 'days') && Number.isInteger(payload.days) && (payload.days as number) >= 1 && (payload.days as number) <= 3650,
  getModelWeights: (payload) => hasKeys(payload),
  // parental lock (issue 7)
  getLockStatus: (payload) => hasKeys(payload),
  setParentPin: (payload) => hasKeys(payload, 'pin') && isPinText(payload.pin),
  unlockSettings: (payload) => hasKeys(payload, 'pin') && isPinText(payload.pin),
  lockSettings: (payload) => hasKeys(payload),
  removeParentLock: (payload) => hasKeys(payload),
  acknowledgeReset: (payload) => hasKeys(payload),
  resetForgottenPin: (payload) => hasKeys(payload, 'confirm') && payload.confirm === 'erase-all-records',
  exportRecords: (payload) => hasKeys(payload),
};

/** Returns the envelope typed when it is well formed, or a readable reason when it is not. */
export function parseEnvelope(message: unknown): { envelope: Envelope } | { error: string } {
  if (!isRecord(message) || typeof message.type !== 'string') return { error: 'Not a Sansi message' };
  if (!Object.hasOwn(payloadCheckers, message.type)) return { error: `Unknown message type: ${message.type}` };
  const type = message.type as MessageType;
  if (!isRecord(message.payload) || !payloadCheckers[type](message.payload)) {
    return { error: `Malformed payload for ${type}` };
  }
  return { envelope: { type, payload: message.payload as ProtocolMap[typeof type]['request'] } };
}
