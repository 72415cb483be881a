// The one message protocol between content scripts, extension pages and the background. Every
// message is defined once, in messages.ts; the types here are read off that table.
import type { Infer } from './shape';
import type { Messages } from './messages';

// The domain types live in lib/core; these re-exports keep older importers working.
export type { DraftOutcome, DraftOutcomeKind, FlagSeen } from '../core/drafts';
export type { NormsEdit } from '../core/norms-edit';
export { CONFIG_VERSION_KEY, type PageConfig } from '../core/page-config';

/** Every message: its request payload and its response. */
export type ProtocolMap = { [T in keyof Messages]: { request: Infer<Messages[T]['request']>; response: Messages[T]['response'] } };

export type MessageType = keyof ProtocolMap;
export type Request<T extends MessageType> = ProtocolMap[T]['request'];
export type Response<T extends MessageType> = ProtocolMap[T]['response'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Request<T>;
}

/** Responses cross the wire wrapped so a refusal is a value, not a lost exception. */
export type Reply<T extends MessageType> = { ok: true; value: Response<T> } | { ok: false; error: string };
