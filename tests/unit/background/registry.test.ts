// The table of messages decides who may send each one; the registry has exactly one handler
// for each. Checked for every message, from a well-formed sample of each.
import { describe, expect, it, vi } from 'vitest';
import { handleMessage, type BackgroundDeps } from '@/lib/background/handlers';
import { areas, handlers } from '@/lib/background/registry';
import { pageConfigSource } from '@/lib/db/page-config';
import { ParentLock } from '@/lib/lock/parent-lock';
import { messages } from '@/lib/messaging/messages';
import type { MessageType, Request } from '@/lib/messaging/protocol';
import { freshDb } from '../../support/db';
import { entry, list } from '../../support/lists';

const self = { id: 'sansi-test-id', pagesOrigin: 'chrome-extension://sansi-test-id/' };
const contentScript = { id: self.id, url: 'https://weibo.com/u/1', tab: { id: 7 } };
const optionsPage = { id: self.id, url: `${self.pagesOrigin}options.html`, tab: { id: 8 } };
const otherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html', tab: { id: 9 } };
const flag = { normId: 'zh.shabi', category: 'insult', severity: 2 } as const;

// One well-formed payload per message; the type makes the list complete.
const samples: { [T in MessageType]: Request<T> } = {
  getPageConfig: {},
  recordDraftOutcome: { startedAt: Date.now() - 1000, endedAt: Date.now(), outcome: 'sent', flags: [flag], pauseShown: false, modelFired: false },
  allowNormOnSite: { normId: 'zh.shabi' },
  allowModelOnSite: {},
  getModelWeights: {},
  setSiteEnabled: { host: 'weibo.com', enabled: true },
  restoreNormOnSite: { host: 'weibo.com', normId: 'zh.shabi' },
  setPauseThreshold: { severity: 2 },
  setSmartDetection: { enabled: true },
  setShowUntargeted: { enabled: true },
  editNorms: { op: 'setListActive', listId: 'zh-test', active: true },
  importNorms: { list: list('mine', [entry('mine.x', 'x')]) },
  undoLastChange: {},
  deleteAllData: {},
  setRetentionDays: { days: 180 },
  exportRecords: {},
  getLockStatus: {},
  setParentPin: { pin: '2468' },
  unlockSettings: { pin: '2468' },
  lockSettings: {},
  removeParentLock: {},
  acknowledgeReset: {},
  resetForgottenPin: { confirm: 'erase-all-records' },
};
const types = Object.keys(messages) as MessageType[];

function freshDeps(): BackgroundDeps {
  const db = freshDb('registry');
  return { db, self, pageConfig: pageConfigSource(db), announce: vi.fn(async () => undefined), lock: new ParentLock(db) };
}

describe('the message registry', () => {
  it('has one handler for each message, in exactly one area', () => {
    const handled = Object.values(areas).flatMap((area) => Object.keys(area));
    expect(handled.sort()).toEqual([...types].sort());
    expect(Object.keys(handlers).sort()).toEqual([...types].sort());
  });

  it.each(types)('takes a well-formed %s only from the senders its definition names', async (type) => {
    const deps = freshDeps();
    // Refused for who sent it, or not: a refusal for another reason (a locked setting, no such list) still passed the sender check.
    const refusedFor = async (sender: object) => {
      const reply = await handleMessage(structuredClone({ type, payload: samples[type] }), sender as never, deps);
      return reply.ok ? null : reply.error.startsWith('Only ') ? reply.error : null;
    };
    const pagesOnly = 'Only Sansi’s own pages may change settings';
    const contentOnly = 'Only a content script in a web page may send this';
    const from = messages[type].from;
    expect(await refusedFor(contentScript)).toBe(from === 'page' ? pagesOnly : null);
    expect(await refusedFor(optionsPage)).toBe(from === 'content' ? contentOnly : null);
    expect(await refusedFor(otherExtension)).not.toBeNull();
    await deps.db.delete();
  });
});
