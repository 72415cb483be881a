import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/components/i18n';
import { resetOptionsStore } from '@/components/options/store';
import { handleMessage } from '@/lib/background/handlers';
import { syncPresets } from '@/lib/db/preset-sync';
import type { SansiDb } from '@/lib/db/schema';
import { pageSender, testSelf } from '../../support/background';
import { freshDb } from '../../support/db';
import { entry, list } from '../../support/lists';
import { renderOptions } from './render-options';

const preset = list('en-general', [entry('en.idiot', 'idiot', { severity: 1 }), entry('en.loser', 'loser')], []);

describe('words dismissed with “Not abusive here”', () => {
  let db: SansiDb;
  const user = userEvent.setup();
  /** "Not abusive here" pressed in the card on a page of `host`. */
  const dismiss = async (host: string, type: 'allowNormOnSite' | 'allowModelOnSite', normId?: string) => {
    const { deps } = pageSender(db);
    const sender = { id: testSelf.id, url: `https://${host}/post/1`, tab: { id: 7 } };
    const reply = await handleMessage({ type, payload: normId ? { normId } : {} }, sender as never, deps);
    expect(reply.ok).toBe(true);
  };

  beforeEach(async () => {
    db = freshDb('options-dismissed');
    await syncPresets(db, [preset], ['en-general']);
    useLocale.setState({ locale: 'en' });
    resetOptionsStore();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('are listed site by site, and one is flagged again on its site only', async () => {
    await dismiss('weibo.com', 'allowNormOnSite', 'en.idiot');
    await dismiss('weibo.com', 'allowModelOnSite');
    await dismiss('reddit.com', 'allowNormOnSite', 'en.idiot');
    renderOptions(db);
    const section = await screen.findByRole('region', { name: 'Dismissed words' });
    const weibo = await within(section).findByRole('region', { name: 'weibo.com' });
    expect(within(weibo).getByText('idiot')).toBeInTheDocument();
    expect(within(weibo).getByText('Smart detection nudges')).toBeInTheDocument();
    expect(within(within(section).getByRole('region', { name: 'reddit.com' })).getByText('idiot')).toBeInTheDocument();

    await user.click(within(weibo).getByRole('button', { name: 'Flag “idiot” again on weibo.com' }));
    await waitFor(() => expect(within(weibo).queryByText('idiot')).not.toBeInTheDocument());
    expect(await db.siteAllows.get(['weibo.com', 'en.idiot'])).toBeUndefined();
    expect(await db.siteAllows.get(['reddit.com', 'en.idiot'])).toBeDefined();
    const config = await pageSender(db).deps.pageConfig('weibo.com');
    expect(config.norms.terms.map((term) => term.id)).toContain('en.idiot');
    // Undoable, and the undo says what it would do.
    expect(await screen.findByRole('button', { name: 'Undo: “idiot” dismissed again on weibo.com' })).toBeEnabled();
  });

  it('can be flagged again under a parent’s lock, which only makes Sansi stricter', async () => {
    await dismiss('weibo.com', 'allowNormOnSite', 'en.loser');
    await pageSender(db).send('setParentPin', { pin: '2468' });
    // Parent mode keeps "not abusive here" on terms; it is this list that lets the teen take one back.
    renderOptions(db);
    const section = await screen.findByRole('region', { name: 'Dismissed words' });
    await user.click(await within(section).findByRole('button', { name: 'Flag “loser” again on weibo.com' }));
    expect(await within(section).findByText('No word has been dismissed on any site.')).toBeInTheDocument();
  });

  it('says when there are none, in Chinese too', async () => {
    useLocale.setState({ locale: 'zh-CN' });
    renderOptions(db);
    const section = await screen.findByRole('region', { name: '已忽略的词语' });
    expect(await within(section).findByText('还没有在任何网站上忽略过词语。')).toBeInTheDocument();
  });
});
