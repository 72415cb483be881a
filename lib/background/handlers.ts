import { storeFlags } from '../db/flags';
import type { SansiDb } from '../db/schema';
import type { ActiveNorms, Envelope, MessageType, Reply, Request, Response } from '../messaging/protocol';
import { parseEnvelope } from '../messaging/validate';
import { contentScriptHost, isOwnExtension, type Sender } from './senders';

export interface BackgroundDeps {
  db: SansiDb;
  ownId: string;
  activeNorms: () => ActiveNorms;
}

type Handler<T extends MessageType> = (payload: Request<T>, sender: Sender, deps: BackgroundDeps) => Promise<Response<T>>;

/** Thrown by a handler to refuse a message with a reason the sender sees. */
class Refused extends Error {}

const handlers: { [T in MessageType]: Handler<T> } = {
  async getActiveNorms(_payload, sender, deps) {
    if (!isOwnExtension(sender, deps.ownId)) throw new Refused('Unknown sender');
    return deps.activeNorms();
  },
  async recordFlags(payload, sender, deps) {
    const host = contentScriptHost(sender, deps.ownId);
    if (!host) throw new Refused('Only a content script in a web page may record flags');
    return { stored: await storeFlags(deps.db, host, payload.flags) };
  },
};

/** Validates one incoming message and runs its handler; never throws, always replies. */
export async function handleMessage(message: unknown, sender: Sender, deps: BackgroundDeps): Promise<Reply<MessageType>> {
  const parsed = parseEnvelope(message);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const { type, payload } = parsed.envelope as Envelope;
  try {
    const handler = handlers[type] as Handler<MessageType>;
    return { ok: true, value: await handler(payload, sender, deps) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.message };
    throw error;
  }
}
