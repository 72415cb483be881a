import type { Category, Severity } from '../matcher/types';
import { MODEL_SITE_ALLOW } from './page-config';
import type { SansiDb, SiteAllow } from './schema';
import { tracked } from './undo';
import { isLive } from './queries';

/** A word the user dismissed with "Not abusive here", as the options page lists it. */
export interface DismissedWord {
  host: string;
  normId: string;
  at: number;
  /** The term's pattern and kind, from whichever list holds it; absent for the model's nudge or a term since deleted. */
  term?: { pattern: string; category: Category; severity: Severity };
  /** The smart-detection nudge, not a listed term. */
  model: boolean;
}

/** Every "Not abusive here" on every site, each site's newest first, sites in name order. */
export async function listDismissedWords(db: SansiDb): Promise<DismissedWord[]> {
  const [rows, lists] = await Promise.all([db.siteAllows.toArray(), db.lists.toArray()]);
  const termOf = async (normId: string) => {
    for (const list of lists) {
      const term = await db.terms.get([list.id, normId]);
      if (term && isLive(term)) return { pattern: term.pattern, category: term.category, severity: term.severity };
    }
    return undefined;
  };
  const words = await Promise.all(
    rows.map(async (row: SiteAllow): Promise<DismissedWord> => {
      const model = row.normId === MODEL_SITE_ALLOW;
      const term = model ? undefined : await termOf(row.normId);
      return { host: row.host, normId: row.normId, at: row.at, model, ...(term ? { term } : {}) };
    }),
  );
  return words.sort((a, b) => a.host.localeCompare(b.host) || b.at - a.at);
}

/** Takes back one "Not abusive here": the norm (or the model's nudge) speaks on that site again. One undoable change. */
export function restoreDismissedWord(db: SansiDb, host: string, normId: string): Promise<boolean> {
  return tracked(db, 'restoreNormOnSite', async (track) => {
    if (!(await db.siteAllows.get([host, normId]))) return false;
    await track('siteAllows', [host, normId]);
    await db.siteAllows.delete([host, normId]);
    return true;
  });
}

/** Sites where the user switched Sansi off, in name order. */
export async function listSitesSwitchedOff(db: SansiDb): Promise<string[]> {
  const rows = await db.siteSettings.toArray();
  return rows.filter((row) => !row.enabled).map((row) => row.host).sort((a, b) => a.localeCompare(b));
}
