import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/components/i18n';
import { resetOptionsStore } from '@/components/options/store';
import { syncPresets } from '@/lib/db/preset-sync';
import type { SansiDb } from '@/lib/db/schema';
import { pageSender } from '../../support/background';
import { freshDb } from '../../support/db';
import { entry, list } from '../../support/lists';
import { renderOptions } from './render-options';

const preset = list('zh-general', [entry('zh.shabi', '傻逼'), entry('zh.qusi', '去死', { severity: 3 })], ['操作']);

describe('undo in the options page', () => {
  let db: SansiDb;
  const user = userEvent.setup();
  beforeEach(async () => {
    db = freshDb('options-undo');
    await syncPresets(db, [preset], ['zh-general']);
    useLocale.setState({ locale: 'en' });
    resetOptionsStore();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('names each change it takes back, including one made in the popup, and never undoes unseen', async () => {
    // In the popup: Sansi off for weibo.com, then on again.
    const popup = pageSender(db, 'popup.html');
    await popup.send('setSiteEnabled', { host: 'weibo.com', enabled: false });
    await popup.send('setSiteEnabled', { host: 'weibo.com', enabled: true });
    renderOptions(db);
    await user.click(await screen.findByRole('button', { name: 'Delete “去死”' }));

    await user.click(await screen.findByRole('button', { name: 'Undo: “去死” back in the list' }));
    expect(await screen.findByText('Undone: “去死” back in the list.')).toBeInTheDocument();

    // The next one is the popup's switch: the button says so before it is pressed.
    const undo = await screen.findByRole('button', { name: 'Undo: Sansi back off for weibo.com' });
    await user.click(undo);
    expect(await screen.findByText('Undone: Sansi back off for weibo.com.')).toBeInTheDocument();
    expect((await db.siteSettings.get('weibo.com'))?.enabled).toBe(false);
    // And the page shows where Sansi is off now, with the way back.
    const sites = screen.getByRole('region', { name: 'Sites' });
    expect(await within(sites).findByText('weibo.com')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo: Sansi back on for weibo.com' })).toBeInTheDocument();
  });

  it('undoes once for a double click', async () => {
    renderOptions(db);
    await user.click(await screen.findByRole('checkbox', { name: 'Check “傻逼”' }));
    await user.click(screen.getByRole('checkbox', { name: 'Check “去死”' }));
    await waitFor(async () => expect(await db.undo.count()).toBe(2));
    await user.dblClick(await screen.findByRole('button', { name: 'Undo: “去死” checked again' }));
    await waitFor(async () => expect((await db.terms.get(['zh-general', 'zh.qusi']))?.enabled).toBe(true));
    expect(await db.undo.count()).toBe(1);
    expect((await db.terms.get(['zh-general', 'zh.shabi']))?.enabled).toBe(false);
    expect(await screen.findByRole('button', { name: 'Undo: “傻逼” checked again' })).toBeEnabled();
  });

  it('switches a site back on from the Sites section', async () => {
    await pageSender(db, 'popup.html').send('setSiteEnabled', { host: 'zhihu.com', enabled: false });
    renderOptions(db);
    const sites = await screen.findByRole('region', { name: 'Sites' });
    await user.click(await within(sites).findByRole('button', { name: 'Switch Sansi back on for zhihu.com' }));
    await waitFor(async () => expect((await db.siteSettings.get('zhihu.com'))?.enabled).toBe(true));
    expect(await within(sites).findByText('Sansi is on for every site.')).toBeInTheDocument();
  });

  it('speaks Chinese', async () => {
    useLocale.setState({ locale: 'zh-CN' });
    await pageSender(db, 'popup.html').send('setSiteEnabled', { host: 'weibo.com', enabled: false });
    renderOptions(db);
    await user.click(await screen.findByRole('button', { name: '撤销：在 weibo.com 上重新开启三思' }));
    expect(await screen.findByText('已撤销：在 weibo.com 上重新开启三思。')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: '没有可撤销的更改' })).toBeDisabled();
  });
});
