import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/components/i18n';
import { resetPopupStore } from '@/components/popup/store';
import type { SansiDb } from '@/lib/db/schema';
import { freshDb } from '../../support/db';
import { draft, insult, profanity, renderPopup } from './render-popup';

// A number is read the way a person reads it: find the label, read the value under it.
const stat = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;
const inGroup = (group: string, button: string) => within(screen.getByRole('group', { name: group })).getByRole('button', { name: button });

describe('popup states', () => {
  let db: SansiDb;
  beforeEach(() => {
    db = freshDb('popup');
    resetPopupStore();
    useLocale.setState({ locale: 'en' });
  });
  afterEach(async () => {
    await db.delete();
  });

  it('welcomes a new user with what Sansi does and a way to see it work', async () => {
    renderPopup(db);
    expect(await screen.findByRole('heading', { name: 'Think twice, gently' })).toBeInTheDocument();
    expect(screen.getByText(/never your words/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Try the demo' })).toHaveAttribute('href', 'chrome-extension://sansi-test-id/demo.html');
    expect(screen.getByRole('link', { name: 'Demo' })).toHaveAttribute('href', 'chrome-extension://sansi-test-id/demo.html');
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', 'chrome-extension://sansi-test-id/options.html');
    expect(screen.queryByRole('group', { name: 'Period' })).not.toBeInTheDocument();
  });

  it('shows a light week: what was flagged and what became of it', async () => {
    await draft(db, 'weibo.com', 'revised');
    await draft(db, 'weibo.com', 'sent-anyway', [insult, profanity]);
    await draft(db, 'x.com', 'sent', []);
    renderPopup(db);
    await screen.findByRole('group', { name: 'Period' });
    expect(stat('Drafts checked')).toHaveTextContent('3');
    expect(stat('Flagged')).toHaveTextContent('2');
    expect(stat('Revised')).toHaveTextContent('1');
    expect(stat('Sent anyway')).toHaveTextContent('1');
    expect(stat('Dropped')).toHaveTextContent('0');
    expect(stat('Revised after a nudge')).toHaveTextContent('50%');
    expect(screen.getByText('1 of 2 flagged drafts')).toBeInTheDocument();
    // A flagged draft went out today: no streak yet.
    expect(stat('Streak')).toHaveTextContent('0 days');
    const categories = within(screen.getByRole('region', { name: 'Top categories' }));
    expect(categories.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Insult2', 'Profanity1']);
    const sites = within(screen.getByRole('region', { name: 'Top sites' }));
    expect(sites.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['weibo.com2']);
  });

  it('shows a heavy month, by period, with a trend over 14 or 30 days', async () => {
    const user = userEvent.setup();
    // Every day of the last 40: four clean drafts and two flagged ones; a flagged send 3 days ago.
    for (let daysAgo = 0; daysAgo < 40; daysAgo += 1) {
      for (let i = 0; i < 4; i += 1) await draft(db, ['weibo.com', 'x.com', 'zhihu.com'][i % 3]!, 'sent', [], daysAgo);
      await draft(db, 'weibo.com', 'revised', [insult], daysAgo);
      await draft(db, 'x.com', daysAgo === 3 ? 'sent-anyway' : 'abandoned', [profanity], daysAgo);
    }
    renderPopup(db);
    await screen.findByRole('group', { name: 'Period' });
    // The week is the default period.
    expect(inGroup('Period', '7 days')).toHaveAttribute('aria-pressed', 'true');
    expect(stat('Drafts checked')).toHaveTextContent('42');
    expect(stat('Flagged')).toHaveTextContent('14');
    expect(stat('Streak')).toHaveTextContent('3 days');
    await user.click(inGroup('Period', 'Today'));
    expect(stat('Drafts checked')).toHaveTextContent('6');
    expect(stat('Dropped')).toHaveTextContent('1');
    await user.click(inGroup('Period', '30 days'));
    expect(stat('Drafts checked')).toHaveTextContent('180');
    expect(stat('Sent anyway')).toHaveTextContent('1');
    expect(stat('Revised after a nudge')).toHaveTextContent('50%');

    const chart = screen.getByRole('img', { name: /^Last 14 days: 84 drafts checked, 28 flagged, 1 sent anyway\.$/ });
    expect(chart.querySelectorAll('.trend__flagged')).toHaveLength(14);
    expect(screen.getAllByRole('row')).toHaveLength(15);
    await user.click(inGroup('Trend span', '30 days'));
    expect(screen.getByRole('img', { name: /^Last 30 days: 180 drafts checked, 60 flagged/ })).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(31);
  });

  it('updates live while open, from the welcome to the numbers', async () => {
    renderPopup(db);
    await screen.findByRole('heading', { name: 'Think twice, gently' });
    await act(() => draft(db, 'weibo.com', 'revised'));
    await screen.findByText('Flagged', { selector: 'dt' });
    expect(stat('Flagged')).toHaveTextContent('1');
    await act(() => draft(db, 'weibo.com', 'sent-anyway'));
    await screen.findByText('1 of 2 flagged drafts');
    expect(stat('Flagged')).toHaveTextContent('2');
    expect(stat('Sent anyway')).toHaveTextContent('1');
  });

  it('speaks Chinese when the browser does', async () => {
    useLocale.setState({ locale: 'zh-CN' });
    await draft(db, 'weibo.com', 'revised');
    renderPopup(db);
    await screen.findByText('被标记', { selector: 'dt' });
    expect(stat('被标记')).toHaveTextContent('1');
    expect(stat('提醒后修改')).toHaveTextContent('100%');
    expect(screen.getByRole('link', { name: '设置' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^最近 14 天：检查了 1 份草稿/ })).toBeInTheDocument();
  });
});
