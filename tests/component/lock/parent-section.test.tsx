import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/components/i18n';
import { resetOptionsStore } from '@/components/options/store';
import { syncPresets } from '@/lib/db/preset-sync';
import type { SansiDb } from '@/lib/db/schema';
import { freshDb } from '../../support/db';
import { entry, list } from '../../support/lists';
import { renderOptions } from '../options/render-options';

describe('the parent mode section', () => {
  let db: SansiDb;
  const user = userEvent.setup();
  beforeEach(async () => {
    db = freshDb('parent-section');
    await syncPresets(db, [list('zh-general', [entry('zh.shabi', '傻逼')]), list('teen', [entry('teen.x', '没人喜欢你')])], ['zh-general']);
    useLocale.setState({ locale: 'en' });
    resetOptionsStore();
  });
  afterEach(async () => {
    await db.delete();
  });

  const parent = () => screen.findByRole('region', { name: 'Parent mode' });

  it('says plainly what parent mode cannot prevent', async () => {
    renderOptions(db);
    const section = await parent();
    expect(within(section).getByRole('heading', { name: 'What parent mode cannot prevent' })).toBeInTheDocument();
    expect(section).toHaveTextContent(/disabling or removing the extension/);
    expect(section).toHaveTextContent(/private window/);
    expect(section).toHaveTextContent(/developer tools/);
  });

  it('takes a passphrase, explains a short one, and lets a parent dismiss a reset notice only once unlocked', async () => {
    renderOptions(db);
    const section = await parent();
    const secret = within(section).getByLabelText('PIN or passphrase');
    expect(secret).toHaveAccessibleDescription(/at least 8 characters/);
    await user.type(secret, 'short');
    await user.type(within(section).getByLabelText('PIN or passphrase again'), 'short');
    await user.click(within(section).getByRole('button', { name: 'Turn on parent mode' }));
    expect(await within(section).findByText('Use a PIN of at least 4 digits, or a passphrase of at least 8 characters.')).toBeInTheDocument();

    await user.type(within(section).getByLabelText('PIN or passphrase'), 'think twice');
    await user.type(within(section).getByLabelText('PIN or passphrase again'), 'think twice');
    await user.click(within(section).getByRole('button', { name: 'Turn on parent mode' }));
    await user.click(await within(section).findByRole('button', { name: 'Lock now' }));

    await user.click(await within(section).findByText('Forgot the PIN?'));
    await user.click(within(section).getByLabelText('Erase all records and remove the lock'));
    await user.click(within(section).getByRole('button', { name: 'Reset parent mode' }));
    await waitFor(() => expect(screen.getByRole('note')).toHaveTextContent('was reset on'));

    await user.type(within(section).getByLabelText('PIN or passphrase'), 'a new passphrase');
    await user.type(within(section).getByLabelText('PIN or passphrase again'), 'a new passphrase');
    await user.click(within(section).getByRole('button', { name: 'Turn on parent mode' }));
    await user.click(await within(section).findByRole('button', { name: 'Dismiss the reset notice' }));
    await waitFor(() => expect(screen.getAllByRole('note').map((note) => note.textContent)).toEqual([expect.stringContaining('Managed by a parent')]));
  });
});
