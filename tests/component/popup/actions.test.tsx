import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '@/components/i18n';
import { resetPopupStore } from '@/components/popup/store';
import type { SansiDb } from '@/lib/db/schema';
import { freshDb } from '../../support/db';
import { draft, insult, now, renderPopup } from './render-popup';

describe('popup actions', () => {
  let db: SansiDb;
  const user = userEvent.setup();
  beforeEach(async () => {
    db = freshDb('popup-actions');
    resetPopupStore();
    useLocale.setState({ locale: 'en' });
  });
  afterEach(async () => {
    await db.delete();
  });

  it('exports every record as JSON and as CSV', async () => {
    await draft(db, 'weibo.com', 'sent-anyway');
    const { deps } = renderPopup(db);
    await user.click(await screen.findByText('Your data'));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await screen.findByText('Exported 1 draft records.');
    const [jsonName, json, jsonType] = vi.mocked(deps.download).mock.calls[0]!;
    expect(jsonName).toMatch(/^sansi-habits-\d{4}-\d\d-\d\d\.json$/);
    expect(jsonType).toBe('application/json');
    const parsed = JSON.parse(json);
    expect(parsed).toMatchObject({ format: 'sansi-habits', retentionDays: 180 });
    expect(parsed.sessions).toEqual([expect.objectContaining({ host: 'weibo.com', outcome: 'sent-anyway' })]);
    expect(parsed.sessions[0].flags).toEqual([insult]);
    // Outcomes only: nothing in the export could be the user's words.
    expect(Object.keys(parsed.sessions[0]).sort()).toEqual(['endedAt', 'flags', 'host', 'id', 'modelFired', 'outcome', 'pauseShown', 'startedAt']);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(deps.download).toHaveBeenCalledTimes(2));
    const [csvName, csv, csvType] = vi.mocked(deps.download).mock.calls[1]!;
    expect(csvName).toMatch(/\.csv$/);
    expect(csvType).toBe('text/csv');
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv).toContain(',weibo.com,');
  });

  it('deletes all records only after confirming, and keeps the norms', async () => {
    await draft(db, 'weibo.com', 'revised');
    await db.settings.put({ key: 'pauseThreshold', value: 3 });
    const { send } = renderPopup(db);
    await user.click(await screen.findByText('Your data'));
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    const confirm = screen.getByRole('alertdialog');
    expect(confirm).toHaveTextContent('can’t be undone');
    // Cancel has the focus: the quick choice is the safe one.
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(send).not.toHaveBeenCalledWith('deleteAllData', expect.anything());
    expect(await db.draftSessions.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(send).toHaveBeenCalledWith('deleteAllData', {});
    // Back to the welcome, with the result said.
    expect(await screen.findByRole('heading', { name: 'Think twice, gently' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted 1 draft records.');
    expect(await db.dailyRollups.count()).toBe(0);
    expect(await db.settings.get('pauseThreshold')).toEqual({ key: 'pauseThreshold', value: 3 });
  });

  it('says in words why the background refused, never its code', async () => {
    await draft(db, 'weibo.com', 'revised');
    renderPopup(db, { send: vi.fn(async () => Promise.reject(new Error('locked'))) as never });
    await user.click(await screen.findByText('Your data'));
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Settings are locked by a parent. Unlock with the PIN first.');
    expect(await db.draftSessions.count()).toBe(1);
  });

  it('names an unknown refusal in a sentence rather than showing the reason', async () => {
    await draft(db, 'weibo.com', 'revised');
    renderPopup(db, { send: vi.fn(async () => Promise.reject(new Error('quota.exceeded'))) as never });
    await user.click(await screen.findByText('Your data'));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Sansi could not do that. Reload this page and try again.'));
    expect(status).not.toHaveTextContent('quota');
  });

  it('sets how long records are kept', async () => {
    await draft(db, 'weibo.com', 'revised');
    await draft(db, 'weibo.com', 'revised', [insult], 60);
    const { send } = renderPopup(db);
    await user.click(await screen.findByText('Your data'));
    const select = screen.getByRole('combobox', { name: 'Keep records for' });
    await waitFor(() => expect(select).toHaveValue('180'));
    await user.selectOptions(select, '30');
    expect(send).toHaveBeenCalledWith('setRetentionDays', { days: 30 });
    await waitFor(() => expect(select).toHaveValue('30'));
    expect(await db.draftSessions.count()).toBe(1);
  });

  it('switches Sansi off and on for the site the popup was opened over', async () => {
    const { send } = renderPopup(db, { activeHost: async () => 'weibo.com' });
    const toggle = await screen.findByRole('switch', { name: 'Sansi on weibo.com' });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(send).toHaveBeenCalledWith('setSiteEnabled', { host: 'weibo.com', enabled: false });
    await waitFor(() => expect(toggle).not.toBeChecked());
    expect(screen.getByText(/Off here/)).toBeInTheDocument();
    expect(await db.siteSettings.get('weibo.com')).toEqual({ host: 'weibo.com', enabled: false });
    await user.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
  });

  it('offers no site switch over a page Sansi does not run on', async () => {
    renderPopup(db, { activeHost: async () => null });
    await screen.findByRole('heading', { name: 'Think twice, gently' });
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });
});
