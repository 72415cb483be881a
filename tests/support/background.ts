import { vi } from 'vitest';
import { handleMessage, type BackgroundDeps } from '@/lib/background/handlers';
import { pageConfigSource } from '@/lib/db/page-config';
import { ParentLock } from '@/lib/lock/parent-lock';
import type { SansiDb } from '@/lib/db/schema';
import type { MessageType, Request, Response } from '@/lib/messaging/protocol';
import { MessageRefused } from '@/lib/messaging/send';

export const testSelf = { id: 'sansi-test-id', pagesOrigin: 'chrome-extension://sansi-test-id/' };

/**
 * A `sendMessage` for extension pages under test: each message goes through the real
 * background handlers (validation, sender checks, Dexie) as if sent from `page`.
 */
export function pageSender(db: SansiDb, page = 'options.html') {
  const deps: BackgroundDeps = { db, self: testSelf, pageConfig: pageConfigSource(db), announce: vi.fn(async () => undefined), lock: new ParentLock(db) };
  const sender = { id: testSelf.id, url: `${testSelf.pagesOrigin}${page}`, tab: { id: 1 } };
  async function send<T extends MessageType>(type: T, payload: Request<T>): Promise<Response<T>> {
    // Structured clone, as the real channel does: the page can't share objects with the background.
    const reply = await handleMessage(structuredClone({ type, payload }), sender as never, deps);
    if (!reply.ok) throw new MessageRefused(reply.error);
    return reply.value as Response<T>;
  }
  return { send, deps };
}
