import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '@/components/i18n';
import { resetPopupStore } from '@/components/popup/store';
import type { SansiDb } from '@/lib/db/schema';
import { pageSender } from '../../support/background';
import { freshDb } from '../../support/db';
import { draft, renderPopup } from './render-popup';

describe('the popup under a parent’s lock', () => {
  let db: SansiDb;
  const user = userEvent.setup();
  beforeEach(async () => {
    db = freshDb('popup-locked');
    resetPopupStore();
    useLocale.setState({ locale: 'en' });
    // A parent sets a PIN in the options page; the popup's background is a fresh one, so locked.
    await pageSender(db).send('setParentPin', { pin: '2468' });
  });
  afterEach(async () => {
    await db.delete();
  });

  it('holds the site switch on, says who locked it and where to unlock', async () => {
    renderPopup(db, { activeHost: async () => 'weibo.com' });
    const toggle = await screen.findByRole('switch', { name: 'Sansi on weibo.com' });
    await waitFor(() => expect(toggle).toBeDisabled());
    expect(toggle).toBeChecked();
    expect(screen.getByText('Locked by a parent')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Unlock with the PIN' })).toHaveAttribute('href', 'chrome-extension://sansi-test-id/options.html#parent');
  });

  it('still switches Sansi back on where it was off', async () => {
    await db.siteSettings.put({ host: 'weibo.com', enabled: false });
    const { send } = renderPopup(db, { activeHost: async () => 'weibo.com' });
    const toggle = await screen.findByRole('switch', { name: 'Sansi on weibo.com' });
    await waitFor(() => expect(screen.queryByText('Locked by a parent')).not.toBeInTheDocument());
    expect(toggle).toBeEnabled();
    await user.click(toggle);
    expect(send).toHaveBeenCalledWith('setSiteEnabled', { host: 'weibo.com', enabled: true });
    await waitFor(() => expect(toggle).toBeChecked());
  });

  it('disables the records’ export, retention and deletion, marked beside them', async () => {
    await draft(db, 'weibo.com', 'revised');
    renderPopup(db);
    await user.click(await screen.findByText('Your data'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export JSON' })).toBeDisabled());
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Keep records for' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Delete all my data' })).toBeDisabled();
    expect(screen.getByText('Locked by a parent')).toBeInTheDocument();
  });

  it('says a refusal in Chinese words, not “未能完成：locked”', async () => {
    useLocale.setState({ locale: 'zh-CN' });
    // The lock came back between opening the popup and the click (an unlock ran out).
    const background = pageSender(db, 'popup.html');
    const send = vi.fn(async (type: string, payload: unknown) => {
      if (type === 'getLockStatus') return { enabled: true, unlockedUntil: Date.now() + 60_000, retryAfterMs: 0, resetAt: null, tampered: false };
      return background.send(type as never, payload as never);
    });
    renderPopup(db, { activeHost: async () => 'weibo.com', send: send as never });
    const toggle = await screen.findByRole('switch', { name: '在 weibo.com 上使用三思' });
    await waitFor(() => expect(toggle).toBeEnabled());
    await user.click(toggle);
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('设置已被家长锁定，请先用 PIN 码解锁。'));
    expect(status).not.toHaveTextContent('locked');
  });
});

describe('the site switch’s keyboard shortcut', () => {
  let db: SansiDb;
  beforeEach(() => {
    db = freshDb('popup-shortcut');
    resetPopupStore();
    useLocale.setState({ locale: 'en' });
  });
  afterEach(async () => {
    await db.delete();
  });

  it('is shown under the switch, as the browser has it now', async () => {
    renderPopup(db, { activeHost: async () => 'weibo.com', shortcut: async () => 'Alt+Shift+S' });
    const toggle = await screen.findByRole('switch', { name: 'Sansi on weibo.com' });
    expect(await screen.findByText('Shortcut: Alt+Shift+S')).toBeInTheDocument();
    expect(toggle).toHaveAccessibleDescription('Shortcut: Alt+Shift+S');
  });
});
