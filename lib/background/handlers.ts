import { deleteHabitRecords, readHabitRecords } from '../db/habit-records';
import { applyEdit, importList } from '../db/norms-edits';
import { MODEL_SITE_ALLOW } from '../db/page-config';
import { setRetentionDays } from '../db/retention';
import { systemClock } from '../db/rollups';
import type { SansiDb } from '../db/schema';
import { recordSession } from '../db/sessions';
import { bumpConfigVersion, getPauseThreshold } from '../db/settings';
import { tracked, undoLast } from '../db/undo';
import type { PageConfig } from '../core/page-config';
import type { Envelope, MessageType, Reply, Request, Response } from '../messaging/protocol';
import type { ParentLock } from '../lock/parent-lock';
import { shippedWeights } from '../model';
import { Refusal } from '../core/refusal';
import { parseEnvelope } from '../messaging/validate';
import { contentScriptHost, isOwnPage, type Self, type Sender } from './senders';

export interface BackgroundDeps {
  db: SansiDb;
  self: Self;
  pageConfig: (host: string) => Promise<PageConfig>;
  /** Tells open tabs the config changed (storage.local in the extension, a spy in tests). */
  announce: (version: number) => Promise<void>;
  /** The parental lock: while it is on, nothing that weakens Sansi or touches records goes through. */
  lock: ParentLock;
}

type Handler<T extends MessageType> = (payload: Request<T>, sender: Sender, deps: BackgroundDeps) => Promise<Response<T>>;

function requireContentScript(sender: Sender, deps: BackgroundDeps): string {
  const host = contentScriptHost(sender, deps.self);
  if (!host) throw new Refusal('Only a content script in a web page may send this');
  return host;
}

function requireOwnPage(sender: Sender, deps: BackgroundDeps): void {
  if (!isOwnPage(sender, deps.self)) throw new Refusal('Only Sansi’s own pages may change settings');
}

async function changed(deps: BackgroundDeps): Promise<number> {
  const version = await bumpConfigVersion(deps.db);
  await deps.announce(version);
  return version;
}

const handlers: { [T in MessageType]: Handler<T> } = {
  async getPageConfig(_payload, sender, deps) {
    // The demo and options pages use the matcher too; they have no site of their own.
    if (isOwnPage(sender, deps.self)) return deps.pageConfig('');
    return deps.pageConfig(requireContentScript(sender, deps));
  },
  async recordFlags(_payload, sender, deps) {
    // What fired is recorded once, with the draft's outcome; this message goes once no page sends it.
    requireContentScript(sender, deps);
    return { stored: 0 };
  },
  async recordDraftOutcome(payload, sender, deps) {
    const host = requireContentScript(sender, deps);
    await recordSession(deps.db, host, payload);
    return { stored: 1 };
  },
  async allowNormOnSite(payload, sender, deps) {
    const host = requireContentScript(sender, deps);
    await deps.lock.assertOpen();
    await tracked(deps.db, 'allowNormOnSite', async (track) => {
      await track('siteAllows', [host, payload.normId]);
      await deps.db.siteAllows.put({ host, normId: payload.normId, at: Date.now() });
    });
    return { version: await changed(deps) };
  },
  async allowModelOnSite(_payload, sender, deps) {
    const host = requireContentScript(sender, deps);
    await deps.lock.assertOpen();
    // Stored with the norm allows, so undo and the site's config treat it the same way.
    await tracked(deps.db, 'allowModelOnSite', async (track) => {
      await track('siteAllows', [host, MODEL_SITE_ALLOW]);
      await deps.db.siteAllows.put({ host, normId: MODEL_SITE_ALLOW, at: Date.now() });
    });
    return { version: await changed(deps) };
  },
  async setSiteEnabled(payload, sender, deps) {
    requireOwnPage(sender, deps);
    // Switching Sansi back on for a site is always allowed; switching it off weakens it.
    if (!payload.enabled) await deps.lock.assertOpen();
    await tracked(deps.db, 'setSiteEnabled', async (track) => {
      await track('siteSettings', payload.host);
      await deps.db.siteSettings.put({ host: payload.host, enabled: payload.enabled });
    });
    return { version: await changed(deps) };
  },
  async setPauseThreshold(payload, sender, deps) {
    requireOwnPage(sender, deps);
    // A higher threshold pauses fewer sends: only that direction needs the parent.
    if (payload.severity > (await getPauseThreshold(deps.db))) await deps.lock.assertOpen();
    await tracked(deps.db, 'setPauseThreshold', async (track) => {
      await track('settings', 'pauseThreshold');
      await deps.db.settings.put({ key: 'pauseThreshold', value: payload.severity });
    });
    return { version: await changed(deps) };
  },
  async setSmartDetection(payload, sender, deps) {
    requireOwnPage(sender, deps);
    // Switching it on is always allowed; switching it off weakens Sansi.
    if (!payload.enabled) await deps.lock.assertOpen();
    await tracked(deps.db, 'setSmartDetection', async (track) => {
      await track('settings', 'smartDetection');
      await deps.db.settings.put({ key: 'smartDetection', value: payload.enabled });
    });
    return { version: await changed(deps) };
  },
  async editNorms(payload, sender, deps) {
    requireOwnPage(sender, deps);
    await deps.lock.assertOpen();
    await applyEdit(deps.db, payload);
    return { version: await changed(deps) };
  },
  async importNorms(payload, sender, deps) {
    requireOwnPage(sender, deps);
    await deps.lock.assertOpen();
    const listId = await importList(deps.db, payload.list);
    return { version: await changed(deps), listId, terms: payload.list.terms.length };
  },
  async undoLastChange(_payload, sender, deps) {
    requireOwnPage(sender, deps);
    await deps.lock.assertOpen();
    const undone = await undoLast(deps.db);
    return { version: undone ? await changed(deps) : 0, undone };
  },
  // habits (issue 6): the user's records, not page config, so no version bump.
  async deleteAllData(_payload, sender, deps) {
    requireOwnPage(sender, deps);
    await deps.lock.assertOpen();
    return { deleted: await deleteHabitRecords(deps.db) };
  },
  async setRetentionDays(payload, sender, deps) {
    requireOwnPage(sender, deps);
    await deps.lock.assertOpen();
    const pruned = await setRetentionDays(deps.db, payload.days, systemClock());
    return { removed: pruned.sessions };
  },
  async getModelWeights(_payload, sender, deps) {
    if (!isOwnPage(sender, deps.self)) requireContentScript(sender, deps);
    return shippedWeights;
  },
  async exportRecords(_payload, sender, deps) {
    requireOwnPage(sender, deps);
    await deps.lock.assertOpen();
    return readHabitRecords(deps.db);
  },
  // parental lock (issue 7)
  async getLockStatus(_payload, sender, deps) {
    requireOwnPage(sender, deps);
    return deps.lock.status();
  },
  async setParentPin(payload, sender, deps) {
    requireOwnPage(sender, deps);
    // The first PIN puts every parent-mode default back; the lock tells open tabs.
    await deps.lock.setPin(payload.pin);
    return deps.lock.status();
  },
  async unlockSettings(payload, sender, deps) {
    requireOwnPage(sender, deps);
    return deps.lock.unlock(payload.pin);
  },
  async lockSettings(_payload, sender, deps) {
    requireOwnPage(sender, deps);
    deps.lock.lock();
    return deps.lock.status();
  },
  async removeParentLock(_payload, sender, deps) {
    requireOwnPage(sender, deps);
    await deps.lock.remove();
    return deps.lock.status();
  },
  async acknowledgeReset(_payload, sender, deps) {
    requireOwnPage(sender, deps);
    await deps.lock.acknowledgeReset();
    return deps.lock.status();
  },
  async resetForgottenPin(_payload, sender, deps) {
    requireOwnPage(sender, deps);
    await deps.lock.resetForgotten(async () => {
      await deleteHabitRecords(deps.db);
    });
    return deps.lock.status();
  },
};

/** Validates one incoming message and runs its handler; replies with a refusal instead of throwing. */
export async function handleMessage(message: unknown, sender: Sender, deps: BackgroundDeps): Promise<Reply<MessageType>> {
  const parsed = parseEnvelope(message);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const { type, payload } = parsed.envelope as Envelope;
  try {
    const handler = handlers[type] as Handler<MessageType>;
    return { ok: true, value: await handler(payload, sender, deps) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.message };
    throw error;
  }
}
