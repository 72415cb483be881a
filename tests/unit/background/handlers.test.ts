import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage, type BackgroundDeps } from '@/lib/background/handlers';
import { SansiDb } from '@/lib/db/schema';
import { mergePresets } from '@/lib/norms/presets';

const ownId = 'sansi-test-id';
const contentScript = { id: ownId, url: 'https://weibo.com/u/1#comments', tab: { id: 7 } } as const;
const optionsPage = { id: ownId, url: `chrome-extension://${ownId}/options.html` } as const;
const flag = { normId: 'zh.shabi', category: 'insult', severity: 2 } as const;

describe('background message handling', () => {
  let deps: BackgroundDeps;

  beforeEach(() => {
    deps = { db: new SansiDb(`test-${crypto.randomUUID()}`), ownId, activeNorms: () => ({ version: 1, norms: mergePresets(['starter']) }) };
  });
  afterEach(async () => {
    await deps.db.delete();
  });

  it('stores flags from a content script under the sender page host, with no text', async () => {
    const reply = await handleMessage({ type: 'recordFlags', payload: { flags: [flag] } }, contentScript as never, deps);
    expect(reply).toEqual({ ok: true, value: { stored: 1 } });
    const rows = await deps.db.flagEvents.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ host: 'weibo.com', normId: 'zh.shabi', category: 'insult', severity: 2 });
    expect(Object.keys(rows[0]!).sort()).toEqual(['at', 'category', 'host', 'id', 'normId', 'severity']);
  });

  it.each([
    ['an extension page', optionsPage],
    ['another extension', { ...contentScript, id: 'someone-else' }],
    ['a file: page', { ...contentScript, url: 'file:///home/me/notes.html' }],
    ['a sender without a tab', { id: ownId, url: 'https://weibo.com/' }],
  ])('refuses flags from %s', async (_name, sender) => {
    const reply = await handleMessage({ type: 'recordFlags', payload: { flags: [flag] } }, sender as never, deps);
    expect(reply.ok).toBe(false);
    expect(await deps.db.flagEvents.count()).toBe(0);
  });

  it('refuses malformed messages with a readable reason and writes nothing', async () => {
    const reply = await handleMessage({ type: 'recordFlags', payload: { flags: [{ ...flag, text: 'x' }] } }, contentScript as never, deps);
    expect(reply).toEqual({ ok: false, error: 'Malformed payload for recordFlags' });
    expect(await deps.db.flagEvents.count()).toBe(0);
  });

  it('answers getActiveNorms for its own content scripts and pages, not for other extensions', async () => {
    const own = await handleMessage({ type: 'getActiveNorms', payload: {} }, optionsPage as never, deps);
    expect(own.ok && own.value).toMatchObject({ version: 1 });
    const foreign = await handleMessage({ type: 'getActiveNorms', payload: {} }, { id: 'other' } as never, deps);
    expect(foreign.ok).toBe(false);
  });
});
