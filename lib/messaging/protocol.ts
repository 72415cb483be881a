// The one message protocol between content scripts, extension pages and the background.
// Payloads carry ids and counts, never draft text (see the design's Trust section).
import type { Category, NormsInput, Severity } from '../matcher/types';

export interface FlagSeen {
  normId: string;
  category: Category;
  severity: Severity;
}

export interface ActiveNorms {
  /** Bumps whenever the active list changes, so content scripts know to recompile. */
  version: number;
  norms: NormsInput;
}

/** Every message: its request payload and its response. */
export interface ProtocolMap {
  getActiveNorms: { request: Record<string, never>; response: ActiveNorms };
  /** A content script saw these norms fire in a draft; the background takes the host from the sender. */
  recordFlags: { request: { flags: FlagSeen[] }; response: { stored: number } };
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
