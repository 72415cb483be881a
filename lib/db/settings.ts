import type { Severity } from '../matcher/types';
import type { SansiDb } from './schema';

export const DEFAULT_PAUSE_THRESHOLD: Severity = 2;

export async function getSetting<T>(db: SansiDb, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export function getPauseThreshold(db: SansiDb): Promise<Severity> {
  return getSetting(db, 'pauseThreshold', DEFAULT_PAUSE_THRESHOLD);
}

/** Smart detection is on unless the user switched it off. */
export const DEFAULT_SMART_DETECTION = true;

export function getSmartDetection(db: SansiDb): Promise<boolean> {
  return getSetting(db, 'smartDetection', DEFAULT_SMART_DETECTION);
}

/** Swearing and insults aimed at no one ("卧槽", "this update is stupid") are not underlined unless asked for. */
export const DEFAULT_SHOW_UNTARGETED = false;

export function getShowUntargeted(db: SansiDb): Promise<boolean> {
  return getSetting(db, 'showUntargeted', DEFAULT_SHOW_UNTARGETED);
}

/** The version of everything pages depend on; bumped by every change that affects them. */
export function getConfigVersion(db: SansiDb): Promise<number> {
  return getSetting(db, 'configVersion', 1);
}

export async function bumpConfigVersion(db: SansiDb): Promise<number> {
  return db.transaction('rw', db.settings, async () => {
    const next = (await getConfigVersion(db)) + 1;
    await db.settings.put({ key: 'configVersion', value: next });
    return next;
  });
}
