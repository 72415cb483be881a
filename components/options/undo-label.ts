import type { StoredList, StoredTerm, UndoEntry } from '@/lib/core/records';
import type { SansiDb } from '@/lib/db/schema';
import { MODEL_SITE_ALLOW } from '@/lib/db/page-config';
import type { MessageKey } from '@/lib/i18n/messages';
import type { Severity } from '@/lib/matcher/types';
import { severityLabel } from '../severity-label';
import { listName } from './list-name';
import type { Translate } from '../i18n';
import { listById, termByKey, termInAnyList } from '@/lib/db/queries';

/** What pressing "Undo" would do now, in words: a message key and its parameters. */
export interface UndoLabel {
  key: MessageKey;
  params: Record<string, string | number>;
}

type Row = UndoEntry['rows'][number];

const rowOf = (entry: UndoEntry, table: Row['table']): Row | undefined => entry.rows.find((row) => row.table === table);

/** A term's pattern by id, from whichever list holds it; the id itself if none does. */
async function patternOf(db: SansiDb, normId: string): Promise<string> {
  return (await termInAnyList(db, normId))?.pattern ?? normId;
}

/**
 * Says what undoing the most recent change would put back, so the button names it ("Undo:
 * Sansi back on for weibo.com") instead of undoing something the reader can't see, such as a
 * switch made in the popup. Reads the change's before-images; the words need the list names,
 * so `t` comes along.
 */
export async function describeUndo(db: SansiDb, entry: UndoEntry | undefined, t: Translate): Promise<UndoLabel | null> {
  if (!entry) return null;
  const term = rowOf(entry, 'terms');
  const termBefore = term?.before as StoredTerm | undefined;
  const termPattern = async () => termBefore?.pattern ?? (term ? ((await termByKey(db, term.key as [string, string]))?.pattern ?? '') : '');
  const list = rowOf(entry, 'lists');
  const listNamed = async () => {
    const stored = (list?.before as StoredList | undefined) ?? (list ? await listById(db, list.key as string) : undefined);
    return stored ? listName(stored, t) : '';
  };
  const allowPhrase = () => (rowOf(entry, 'allow')?.key as [string, string] | undefined)?.[1] ?? '';
  const setting = rowOf(entry, 'settings')?.before as { value: unknown } | undefined;

  switch (entry.label) {
    case 'addTerm':
      return { key: 'options.undo.addTerm', params: { pattern: await termPattern() } };
    case 'updateTerm':
      return { key: 'options.undo.updateTerm', params: { pattern: await termPattern() } };
    case 'setTermEnabled':
      return { key: termBefore?.enabled === false ? 'options.undo.termOff' : 'options.undo.termOn', params: { pattern: await termPattern() } };
    case 'deleteTerm':
      return { key: 'options.undo.deleteTerm', params: { pattern: await termPattern() } };
    case 'addAllow':
      return { key: 'options.undo.addAllow', params: { phrase: allowPhrase() } };
    case 'deleteAllow':
      return { key: 'options.undo.deleteAllow', params: { phrase: allowPhrase() } };
    case 'setListActive':
      return { key: (list?.before as StoredList | undefined)?.active === 0 ? 'options.undo.listOff' : 'options.undo.listOn', params: { name: await listNamed() } };
    case 'deleteList':
      return { key: 'options.undo.deleteList', params: { name: await listNamed() } };
    case 'import':
      return { key: 'options.undo.import', params: { name: await listNamed() } };
    case 'setSiteEnabled': {
      const site = rowOf(entry, 'siteSettings');
      const before = site?.before as { enabled: boolean } | undefined;
      // No row before means the site had never been switched: Sansi was on there.
      return { key: before?.enabled === false ? 'options.undo.siteOff' : 'options.undo.siteOn', params: { host: String(site?.key ?? '') } };
    }
    case 'setPauseThreshold':
      return { key: 'options.undo.threshold', params: { severity: severityLabel((setting?.value as Severity | undefined) ?? 2, t) } };
    case 'setSmartDetection':
      return { key: setting?.value === false ? 'options.undo.smartOff' : 'options.undo.smartOn', params: {} };
    case 'setShowUntargeted':
      return { key: setting?.value === true ? 'options.undo.untargetedOn' : 'options.undo.untargetedOff', params: {} };
    case 'allowNormOnSite':
    case 'allowModelOnSite':
    case 'restoreNormOnSite': {
      const [host, normId] = (rowOf(entry, 'siteAllows')?.key as [string, string] | undefined) ?? ['', ''];
      if (normId === MODEL_SITE_ALLOW) {
        return { key: entry.label === 'restoreNormOnSite' ? 'options.undo.modelQuiet' : 'options.undo.modelBack', params: { host } };
      }
      return { key: entry.label === 'restoreNormOnSite' ? 'options.undo.normQuiet' : 'options.undo.normBack', params: { host, pattern: await patternOf(db, normId) } };
    }
    default:
      return { key: 'options.undo.other', params: {} };
  }
}
