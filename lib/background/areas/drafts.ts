// What content scripts send about the drafts on their page: never text, and the site is the
// sender's own.
import { MODEL_SITE_ALLOW } from '../../db/page-config';
import { recordSession } from '../../db/sessions';
import { tracked } from '../../db/undo';
import { shippedWeights } from '../../model';
import { changed, type Handlers } from '../deps';

export const draftHandlers: Handlers<'getPageConfig' | 'recordDraftOutcome' | 'allowNormOnSite' | 'allowModelOnSite' | 'getModelWeights'> = {
  // Sansi's own pages (the demo, the options page) get the config of no site in particular.
  // Locked (parent mode on): the card leaves out "Not abusive here", which would be refused.
  async getPageConfig(_payload, { host }, deps) {
    const [config, lock] = await Promise.all([deps.pageConfig(host), deps.lock.status()]);
    return { ...config, locked: lock.enabled };
  },
  async recordDraftOutcome(payload, { host }, deps) {
    await recordSession(deps.db, host, payload);
    return { stored: 1 };
  },
  async allowNormOnSite(payload, { host }, deps) {
    await deps.lock.assertOpen();
    await tracked(deps.db, 'allowNormOnSite', async (track) => {
      await track('siteAllows', [host, payload.normId]);
      await deps.db.siteAllows.put({ host, normId: payload.normId, at: Date.now() });
    });
    return { version: await changed(deps) };
  },
  async allowModelOnSite(_payload, { host }, deps) {
    await deps.lock.assertOpen();
    // Stored with the norm allows, so undo and the site's config treat it the same way.
    await tracked(deps.db, 'allowModelOnSite', async (track) => {
      await track('siteAllows', [host, MODEL_SITE_ALLOW]);
      await deps.db.siteAllows.put({ host, normId: MODEL_SITE_ALLOW, at: Date.now() });
    });
    return { version: await changed(deps) };
  },
  async getModelWeights() {
    return shippedWeights;
  },
};
