import type { PageConfig } from '../core/page-config';
import type { SansiDb } from '../db/schema';
import { bumpConfigVersion } from '../db/settings';
import type { ParentLock } from '../lock/parent-lock';
import type { MessageType, Request, Response } from '../messaging/protocol';
import type { Self } from './senders';

export interface BackgroundDeps {
  db: SansiDb;
  self: Self;
  pageConfig: (host: string) => Promise<PageConfig>;
  /** Tells open tabs the config changed (storage.local in the extension, a spy in tests). */
  announce: (version: number) => Promise<void>;
  /** The parental lock: while it is on, nothing that weakens Sansi or touches records goes through. */
  lock: ParentLock;
}

/** What the background knows of a message's sender once its check passed. */
export interface SenderContext {
  /** The web page's hostname for a content script; '' for Sansi's own pages. */
  host: string;
}

export type Handler<T extends MessageType> = (payload: Request<T>, sender: SenderContext, deps: BackgroundDeps) => Promise<Response<T>>;

/** The handlers of one area: exactly the messages it names. */
export type Handlers<K extends MessageType> = { [T in K]: Handler<T> };

/** Bumps the config version and tells open tabs to fetch theirs again. */
export async function changed(deps: BackgroundDeps): Promise<number> {
  const version = await bumpConfigVersion(deps.db);
  await deps.announce(version);
  return version;
}
