import type { PageConfig } from '../core/page-config';
import type { NormEntry } from '../norms/format';
import { presets } from '../norms/presets';
import { mergeRewrites } from '../rewrite/norms';
import type { SansiDb } from './schema';
import { getConfigVersion, getPauseThreshold, getShowUntargeted, getSmartDetection } from './settings';
import { isLive } from './queries';

/**
 * The `normId` of a site allow row that keeps smart detection quiet on its host ("not abusive
 * here" on the model's nudge). `@` is never part of a term id (TERM_ID), so no norm shares it,
 * and allowNormOnSite can't write it.
 */
export const MODEL_SITE_ALLOW = '@model';

/**
 * The active lists merged: enabled terms (a later list wins on a shared id), allow phrases, and
 * phrase rewrites by category (a preset's from the shipped preset, an imported list's as stored).
 */
export async function activeNorms(db: SansiDb): Promise<PageConfig['norms']> {
  // Presets first, then the user's lists in the order they were added, so a user's term
  // overrides a preset term with the same id.
  const rank = (kind: string) => (kind === 'preset' ? 0 : 1);
  const active = (await db.lists.toArray())
    .filter((list) => list.active === 1)
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.createdAt - b.createdAt);
  const terms = new Map<string, NormEntry>();
  const allow = new Set<string>();
  for (const list of active) {
    for (const stored of await db.terms.where('listId').equals(list.id).toArray()) {
      if (!stored.enabled || !isLive(stored)) continue;
      const { listId: _listId, enabled: _enabled, origin: _origin, userModified: _modified, deleted: _deleted, ...term } = stored;
      terms.set(term.id, term);
    }
    for (const row of await db.allow.where('listId').equals(list.id).toArray()) if (isLive(row)) allow.add(row.phrase);
  }
  const rewrites = mergeRewrites(active.map((list) => (list.kind === 'preset' ? (presets[list.id] ?? {}) : list)));
  return { terms: [...terms.values()], allow: [...allow], rewrites };
}

/**
 * Builds what a content script on `host` needs. The merged lists are cached per config version,
 * since every tab asks on load and a 50k-term list is not free to read.
 */
export function pageConfigSource(db: SansiDb) {
  let cache: { version: number; norms: Promise<PageConfig['norms']> } | undefined;
  return async function pageConfig(host: string): Promise<PageConfig> {
    const version = await getConfigVersion(db);
    if (cache?.version !== version) cache = { version, norms: activeNorms(db) };
    const [norms, pauseThreshold, site, siteAllows, smartDetection, showUntargeted] = await Promise.all([
      cache.norms,
      getPauseThreshold(db),
      db.siteSettings.get(host),
      db.siteAllows.where('host').equals(host).toArray(),
      getSmartDetection(db),
      getShowUntargeted(db),
    ]);
    const quiet = new Set(siteAllows.map((row) => row.normId));
    return {
      version,
      enabled: site?.enabled ?? true,
      pauseThreshold,
      norms: quiet.size === 0 ? norms : { ...norms, terms: norms.terms.filter((term) => !quiet.has(term.id)) },
      smartDetection: smartDetection && !quiet.has(MODEL_SITE_ALLOW),
      showUntargeted,
    };
  };
}
