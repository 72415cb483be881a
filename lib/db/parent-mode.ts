import { MODEL_SITE_ALLOW } from './page-config';
import type { SansiDb } from './schema';

/** The preset a parent's lock switches on: anti-bullying terms at stricter severities. */
export const PARENT_PRESET = 'teen';

/**
 * Every default parent mode stands for, put back: the teen preset and the general lists on, Sansi
 * on for every site, smart detection on everywhere, and a pause before sending anything flagged
 * (severity 1 and up). Runs when a PIN is first set and when the lock is reset or found missing,
 * so switching things off before re-enabling parent mode does not carry over. The undo history
 * goes too: no undo may bring back what was switched off before.
 */
export async function applyParentMode(db: SansiDb, generalLists: readonly string[]): Promise<void> {
  await db.transaction('rw', [db.lists, db.settings, db.siteSettings, db.siteAllows, db.undo], async () => {
    for (const id of [PARENT_PRESET, ...generalLists]) {
      const list = await db.lists.get(id);
      if (list && list.active !== 1) await db.lists.put({ ...list, active: 1 });
    }
    await db.settings.bulkPut([
      { key: 'pauseThreshold', value: 1 },
      { key: 'smartDetection', value: true },
    ]);
    const sitesOff = (await db.siteSettings.toArray()).filter((row) => !row.enabled).map((row) => row.host);
    await db.siteSettings.bulkDelete(sitesOff);
    // "Not abusive here" on the model's nudge switches smart detection off for a site.
    const modelQuiet = (await db.siteAllows.toArray()).filter((row) => row.normId === MODEL_SITE_ALLOW).map((row): [string, string] => [row.host, row.normId]);
    await db.siteAllows.bulkDelete(modelQuiet);
    await db.undo.clear();
  });
}
