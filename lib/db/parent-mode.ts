import type { SansiDb } from './schema';

/** The preset a parent's lock switches on: anti-bullying terms at stricter severities. */
export const PARENT_PRESET = 'teen';

/**
 * What setting a parent's PIN switches on: the teen preset, a pause before sending anything
 * flagged (severity 1 and up), and smart detection.
 */
export async function applyParentMode(db: SansiDb): Promise<void> {
  await db.transaction('rw', db.lists, db.settings, async () => {
    const teen = await db.lists.get(PARENT_PRESET);
    if (teen) await db.lists.put({ ...teen, active: 1 });
    await db.settings.bulkPut([
      { key: 'pauseThreshold', value: 1 },
      { key: 'smartDetection', value: true },
    ]);
  });
}
