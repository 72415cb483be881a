// Runtime checks for messages arriving at the background. A page can reach the background only
// through a content script, but a compromised or buggy one must not be able to write anything
// but well-formed outcomes. Each payload's shape is the one its message is defined with.
import { messages } from './messages';
import type { Envelope, MessageType } from './protocol';
import { isRecord } from './shape';

/** Returns the envelope typed when it is well formed, or a readable reason when it is not. */
export function parseEnvelope(message: unknown): { envelope: Envelope } | { error: string } {
  if (!isRecord(message) || typeof message.type !== 'string') return { error: 'Not a Sansi message' };
  if (!Object.hasOwn(messages, message.type)) return { error: `Unknown message type: ${message.type}` };
  const type = message.type as MessageType;
  if (!isRecord(message.payload) || !messages[type].request.is(message.payload)) return { error: `Malformed payload for ${type}` };
  return { envelope: { type, payload: message.payload } as Envelope };
}
