// Settings that decide what pages check. Under a parent's lock only the direction that makes
// Sansi stricter goes through.
import { getPauseThreshold } from '../../db/settings';
import { restoreDismissedWord } from '../../db/site-allows';
import { tracked } from '../../db/undo';
import { changed, type Handlers } from '../deps';

export const settingsHandlers: Handlers<'setSiteEnabled' | 'restoreNormOnSite' | 'setPauseThreshold' | 'setSmartDetection' | 'setShowUntargeted'> = {
  async setSiteEnabled(payload, _sender, deps) {
    if (!payload.enabled) await deps.lock.assertOpen();
    await tracked(deps.db, 'setSiteEnabled', async (track) => {
      await track('siteSettings', payload.host);
      await deps.db.siteSettings.put({ host: payload.host, enabled: payload.enabled });
    });
    return { version: await changed(deps) };
  },
  async restoreNormOnSite(payload, _sender, deps) {
    // Flagging a word again makes Sansi stricter, so a parent's lock lets it through.
    const restored = await restoreDismissedWord(deps.db, payload.host, payload.normId);
    return { version: restored ? await changed(deps) : 0 };
  },
  async setPauseThreshold(payload, _sender, deps) {
    // A higher threshold pauses fewer sends: only that direction needs the parent.
    if (payload.severity > (await getPauseThreshold(deps.db))) await deps.lock.assertOpen();
    await tracked(deps.db, 'setPauseThreshold', async (track) => {
      await track('settings', 'pauseThreshold');
      await deps.db.settings.put({ key: 'pauseThreshold', value: payload.severity });
    });
    return { version: await changed(deps) };
  },
  async setSmartDetection(payload, _sender, deps) {
    if (!payload.enabled) await deps.lock.assertOpen();
    await tracked(deps.db, 'setSmartDetection', async (track) => {
      await track('settings', 'smartDetection');
      await deps.db.settings.put({ key: 'smartDetection', value: payload.enabled });
    });
    return { version: await changed(deps) };
  },
  async setShowUntargeted(payload, _sender, deps) {
    // Showing more is stricter; hiding it again needs the parent.
    if (!payload.enabled) await deps.lock.assertOpen();
    await tracked(deps.db, 'setShowUntargeted', async (track) => {
      await track('settings', 'showUntargeted');
      await deps.db.settings.put({ key: 'showUntargeted', value: payload.enabled });
    });
    return { version: await changed(deps) };
  },
};
