// Runtime shape checks for messages arriving at the background. A page can reach the
// background only through a content script, but a compromised or buggy one must not be able to
// write anything but well-formed outcomes.
import { categories } from '../norms/format';
import type { Category, Severity } from '../matcher/types';
import type { Envelope, FlagSeen, MessageType, ProtocolMap } from './protocol';

const messageTypes: readonly MessageType[] = ['getActiveNorms', 'recordFlags'];
const MAX_FLAGS_PER_MESSAGE = 200;
const NORM_ID = /^[\w.:-]{1,80}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFlag(value: unknown): value is FlagSeen {
  return (
    isRecord(value) &&
    Object.keys(value).length === 3 &&
    typeof value.normId === 'string' &&
    NORM_ID.test(value.normId) &&
    categories.includes(value.category as Category) &&
    [1, 2, 3].includes(value.severity as Severity)
  );
}

const payloadCheckers: { [T in MessageType]: (payload: Record<string, unknown>) => boolean } = {
  getActiveNorms: (payload) => Object.keys(payload).length === 0,
  recordFlags: (payload) =>
    Object.keys(payload).length === 1 &&
    Array.isArray(payload.flags) &&
    payload.flags.length <= MAX_FLAGS_PER_MESSAGE &&
    payload.flags.every(isFlag),
};

/** Returns the envelope typed when it is well formed, or a readable reason when it is not. */
export function parseEnvelope(message: unknown): { envelope: Envelope } | { error: string } {
  if (!isRecord(message) || typeof message.type !== 'string') return { error: 'Not a Sansi message' };
  const type = message.type as MessageType;
  if (!messageTypes.includes(type)) return { error: `Unknown message type: ${message.type}` };
  if (!isRecord(message.payload) || !payloadCheckers[type](message.payload)) {
    return { error: `Malformed payload for ${type}` };
  }
  return { envelope: { type, payload: message.payload as ProtocolMap[typeof type]['request'] } };
}
