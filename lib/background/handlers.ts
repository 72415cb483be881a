import { Refusal } from '../core/refusal';
import { messages, type From } from '../messaging/messages';
import type { Envelope, MessageType, Reply } from '../messaging/protocol';
import { parseEnvelope } from '../messaging/validate';
import type { BackgroundDeps, Handler, SenderContext } from './deps';
import { handlers } from './registry';
import { contentScriptHost, isOwnPage, type Sender } from './senders';

export type { BackgroundDeps } from './deps';

/** The sender's context when it may send a message `from` there; a Refusal when it may not. */
function checkSender(from: From, sender: Sender, deps: BackgroundDeps): SenderContext {
  if (from !== 'content' && isOwnPage(sender, deps.self)) return { host: '' };
  if (from === 'page') throw new Refusal('Only Sansi’s own pages may change settings');
  const host = contentScriptHost(sender, deps.self);
  if (!host) throw new Refusal('Only a content script in a web page may send this');
  return { host };
}

/** Validates one incoming message, checks who sent it and runs its handler; replies with a refusal instead of throwing. */
export async function handleMessage(message: unknown, sender: Sender, deps: BackgroundDeps): Promise<Reply<MessageType>> {
  const parsed = parseEnvelope(message);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const { type, payload } = parsed.envelope as Envelope;
  try {
    const context = checkSender(messages[type].from, sender, deps);
    const handler = handlers[type] as Handler<MessageType>;
    return { ok: true, value: await handler(payload, context, deps) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.message };
    throw error;
  }
}
