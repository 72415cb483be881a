import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, Request, Response } from './protocol';

/** Error thrown when the background refuses a message (bad shape, wrong sender, locked). */
export class MessageRefused extends Error {
  override name = 'MessageRefused';
}

/** Sends one typed message to the background and unwraps its reply. */
export async function sendMessage<T extends MessageType>(type: T, payload: Request<T>): Promise<Response<T>> {
  const envelope: Envelope<T> = { type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  if (!reply) throw new MessageRefused(`No handler answered ${type}`);
  if (!reply.ok) throw new MessageRefused(reply.error);
  return reply.value;
}
