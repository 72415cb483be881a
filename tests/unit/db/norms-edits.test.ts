import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEdit, importList } from '@/lib/db/norms-edits';
import { syncPresets } from '@/lib/db/preset-sync';
import type { SansiDb } from '@/lib/db/schema';
import { undoLast } from '@/lib/db/undo';
import { Refusal } from '@/lib/messaging/refusal';
import { freshDb } from '../../support/db';
import { entry, list } from '../../support/lists';

async function snapshot(db: SansiDb) {
  return { lists: await db.lists.toArray(), terms: await db.terms.toArray(), allow: await db.allow.toArray() };
}

describe('norms edits and undo', () => {
  let db: SansiDb;
  beforeEach(async () => {
    db = freshDb();
    await syncPresets(db, [list('zh-test', [entry('a', '傻逼'), entry('b', '废物')], ['操作'])], ['zh-test']);
  });
  afterEach(async () => {
    await db.delete();
  });

  it.each([
    ['adding a term', { op: 'addTerm', listId: 'zh-test', term: entry('c', '蠢货') }],
    ['editing a term', { op: 'updateTerm', listId: 'zh-test', term: entry('a', '傻逼', { severity: 3 }) }],
    ['disabling a term', { op: 'setTermEnabled', listId: 'zh-test', termId: 'a', enabled: false }],
    ['deleting a preset term', { op: 'deleteTerm', listId: 'zh-test', termId: 'a' }],
    ['adding an allow phrase', { op: 'addAllow', listId: 'zh-test', phrase: '草地' }],
    ['deleting an allow phrase', { op: 'deleteAllow', listId: 'zh-test', phrase: '操作' }],
    ['switching a list off', { op: 'setListActive', listId: 'zh-test', active: false }],
  ] as const)('undo after %s restores exactly the state before', async (_name, edit) => {
    const before = await snapshot(db);
    await applyEdit(db, edit);
    expect(await snapshot(db)).not.toEqual(before);
    expect(await undoLast(db)).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  it('undoes an import, and then a deleted list, one change at a time', async () => {
    const before = await snapshot(db);
    const id = await importList(db, list('class', [entry('x', '丑八怪'), entry('y', 'loser')], ['丑八怪兽']));
    const imported = await snapshot(db);
    await applyEdit(db, { op: 'deleteList', listId: id });
    expect(await db.terms.where('listId').equals(id).count()).toBe(0);
    await undoLast(db);
    expect(await snapshot(db)).toEqual(imported);
    await undoLast(db);
    expect(await snapshot(db)).toEqual(before);
    expect(await undoLast(db)).toBe(false);
  });

  it('keeps only the last 20 changes', async () => {
    for (let i = 0; i < 25; i++) await applyEdit(db, { op: 'setTermEnabled', listId: 'zh-test', termId: 'a', enabled: i % 2 === 0 });
    expect(await db.undo.count()).toBe(20);
  });

  it.each([
    ['a duplicate id', { op: 'addTerm', listId: 'zh-test', term: entry('a', '别的') }, 'A term with id a already exists'],
    ['a missing list', { op: 'addTerm', listId: 'nope', term: entry('c', '蠢货') }, 'No list with id nope'],
    ['an empty allow phrase', { op: 'addAllow', listId: 'zh-test', phrase: '  ' }, 'An allow phrase cannot be empty'],
    ['deleting a preset list', { op: 'deleteList', listId: 'zh-test' }, 'A shipped preset can be switched off, not deleted'],
  ] as const)('refuses %s readably and changes nothing', async (_name, edit, message) => {
    const before = await snapshot(db);
    await expect(applyEdit(db, edit)).rejects.toThrow(new Refusal(message));
    expect(await snapshot(db)).toEqual(before);
    expect(await db.undo.count()).toBe(0);
  });
});
