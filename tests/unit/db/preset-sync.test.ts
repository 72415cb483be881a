import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEdit, importList } from '@/lib/db/norms-edits';
import { activeNorms } from '@/lib/db/page-config';
import { syncPresets } from '@/lib/db/preset-sync';
import type { SansiDb } from '@/lib/db/schema';
import { freshDb } from '../../support/db';
import { entry, list } from '../../support/lists';

const v1 = list('zh-test', [entry('a', '傻逼'), entry('b', '废物'), entry('c', '蠢货'), entry('d', '脑残'), entry('e', '去死')], ['操作']);
// The same preset in a new version of Sansi: every term changed, one dropped, one added.
const v2 = list(
  'zh-test',
  [
    entry('a', '傻逼', { severity: 3 }),
    entry('b', '废物', { severity: 3 }),
    entry('c', '蠢货', { severity: 3 }),
    entry('d', '脑残', { severity: 3 }),
    entry('f', '人渣', { severity: 3 }),
  ],
  ['操作', '草地'],
);

describe('syncPresets', () => {
  let db: SansiDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('installs shipped presets, active when they are defaults', async () => {
    expect(await syncPresets(db, [v1, list('en-test', [entry('x', 'idiot')])], ['zh-test'])).toBe(true);
    expect((await db.lists.get('zh-test'))?.active).toBe(1);
    expect((await db.lists.get('en-test'))?.active).toBe(0);
    expect(await db.terms.count()).toBe(6);
    expect(await syncPresets(db, [v1], ['zh-test'])).toBe(false);
  });

  it('updates untouched preset terms but never the ones the user edited, disabled, deleted or added', async () => {
    await syncPresets(db, [v1], ['zh-test']);
    await applyEdit(db, { op: 'updateTerm', listId: 'zh-test', term: entry('a', '傻逼', { severity: 1, suggestion: { en: 'mine' } }) });
    await applyEdit(db, { op: 'setTermEnabled', listId: 'zh-test', termId: 'b', enabled: false });
    await applyEdit(db, { op: 'deleteTerm', listId: 'zh-test', termId: 'c' });
    await applyEdit(db, { op: 'addTerm', listId: 'zh-test', term: entry('mine', '垃圾人') });
    await applyEdit(db, { op: 'deleteAllow', listId: 'zh-test', phrase: '操作' });

    expect(await syncPresets(db, [v2], ['zh-test'])).toBe(true);

    const byId = new Map((await db.terms.where('listId').equals('zh-test').toArray()).map((term) => [term.id, term]));
    expect(byId.get('a')).toMatchObject({ severity: 1, suggestion: { en: 'mine' } }); // edited: kept
    expect(byId.get('b')).toMatchObject({ enabled: false, severity: 2 }); // disabled: kept as it was
    expect(byId.get('c')).toMatchObject({ deleted: true }); // deleted: stays deleted
    expect(byId.get('d')).toMatchObject({ severity: 3 }); // untouched: updated
    expect(byId.has('e')).toBe(false); // untouched and dropped by the preset: removed
    expect(byId.get('f')).toMatchObject({ severity: 3, enabled: true }); // new in the preset: added
    expect(byId.get('mine')).toMatchObject({ pattern: '垃圾人', origin: 'user' }); // the user's own: kept

    const norms = await activeNorms(db);
    expect(norms.terms.map((term) => term.id).sort()).toEqual(['a', 'd', 'f', 'mine']);
    expect(norms.allow).toEqual(['草地']); // the deleted allow phrase stays deleted
  });

  it('keeps the user choice of active presets across updates', async () => {
    await syncPresets(db, [v1], ['zh-test']);
    await applyEdit(db, { op: 'setListActive', listId: 'zh-test', active: false });
    await syncPresets(db, [v2], ['zh-test']);
    expect((await db.lists.get('zh-test'))?.active).toBe(0);
  });

  it('leaves imported lists alone', async () => {
    await syncPresets(db, [v1], ['zh-test']);
    const id = await importList(db, list('zh-test', [entry('a', '别的')]));
    expect(id).toBe('zh-test-2');
    await syncPresets(db, [v2], ['zh-test']);
    expect(await db.terms.get(['zh-test-2', 'a'])).toMatchObject({ pattern: '别的' });
  });
});
