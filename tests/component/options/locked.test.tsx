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

const preset = list('zh-general', [entry('zh.shabi', '傻逼'), entry('en.idiot', 'idiot', { severity: 1 })], ['操作']);

describe('the options page under a parent’s lock', () => {
  let db: SansiDb;
  const user = userEvent.setup();
  beforeEach(async () => {
    db = freshDb('options-locked');
    await syncPresets(db, [preset], ['zh-general']);
    useLocale.setState({ locale: 'en' });
    resetOptionsStore();
    // The parent set a PIN on another visit; this page's background starts locked.
    await pageSender(db).send('setParentPin', { pin: '2468' });
  });
  afterEach(async () => {
    await db.delete();
  });

  const region = (name: string) => screen.getByRole('region', { name });

  it('disables what the lock holds and says so beside it, instead of refusing after a click', async () => {
    renderOptions(db);
    const lists = await screen.findByRole('region', { name: 'Norms lists' });
    await waitFor(() => expect(within(lists).getByRole('checkbox', { name: 'Use “Chinese general”' })).toBeDisabled());
    expect(within(lists).getByText('Locked by a parent')).toBeInTheDocument();

    const terms = region('Terms');
    await within(terms).findByRole('row', { name: /傻逼/ });
    expect(within(terms).getByText('Locked by a parent')).toBeInTheDocument();
    expect(within(terms).getByRole('checkbox', { name: 'Check “傻逼”' })).toBeDisabled();
    expect(within(terms).getByRole('button', { name: 'Edit “傻逼”' })).toBeDisabled();
    expect(within(terms).getByRole('button', { name: 'Delete “傻逼”' })).toBeDisabled();
    // Nothing offered that could only be refused.
    expect(within(terms).queryByText('Add a term')).not.toBeInTheDocument();
    // The search still works: reading is never locked.
    expect(within(terms).getByRole('searchbox', { name: 'Search terms' })).toBeEnabled();

    const allow = region('Allow phrases');
    await within(allow).findByText('操作');
    expect(within(allow).getByRole('button', { name: 'Remove “操作”' })).toBeDisabled();
    expect(within(allow).getByRole('button', { name: 'Add phrase' })).toBeDisabled();
    expect(within(region('Your data')).getByLabelText('Import a list (JSON, CSV or plain text)')).toBeDisabled();
    expect(screen.getByRole('button', { name: /^Undo|Nothing to undo/ })).toBeDisabled();
    expect(screen.queryByRole('status', { name: /./ })).not.toBeInTheDocument();
  });

  it('leaves the stricter choices open: a lower pause threshold, smart detection on', async () => {
    await db.settings.put({ key: 'smartDetection', value: false });
    renderOptions(db);
    const nudges = await screen.findByRole('region', { name: 'Nudges' });
    const threshold = within(nudges).getByRole('combobox', { name: /Pause before sending/ });
    await waitFor(() => expect(within(threshold).getByRole('option', { name: '3 · Severe' })).toBeDisabled());
    expect(within(threshold).getByRole('option', { name: '1 · Rude' })).toBeEnabled();
    await user.selectOptions(threshold, '1 · Rude');
    await waitFor(async () => expect((await db.settings.get('pauseThreshold'))?.value).toBe(1));

    const smart = within(nudges).getByRole('checkbox', { name: 'Smart detection' });
    expect(smart).toBeEnabled();
    await user.click(smart);
    await waitFor(() => expect(smart).toBeDisabled());
    expect(smart).toBeChecked();
  });

  it('has one unlock action, which takes the reader to the PIN', async () => {
    renderOptions(db);
    const unlock = await screen.findByRole('button', { name: 'Unlock with the PIN' });
    await user.click(unlock);
    expect(within(region('Parent mode')).getByLabelText(/^PIN/)).toHaveFocus();
    await user.keyboard('2468');
    await user.click(within(region('Parent mode')).getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Use “Chinese general”' })).toBeEnabled());
    expect(screen.queryByText('Locked by a parent')).not.toBeInTheDocument();
  });
});

describe('parent mode’s own refusals', () => {
  it('are words too, never the background’s code', async () => {
    const db = freshDb('options-parent-refusal');
    await syncPresets(db, [preset], ['zh-general']);
    useLocale.setState({ locale: 'zh-CN' });
    resetOptionsStore();
    const background = pageSender(db);
    const send = (async (type: string, payload: unknown) => {
      if (type === 'setParentPin') throw new Error('quota.exceeded');
      return background.send(type as never, payload as never);
    }) as typeof background.send;
    renderOptions(db, { ...background, send });
    const user = userEvent.setup();
    const parent = await screen.findByRole('region', { name: '家长模式' });
    await user.type(within(parent).getAllByLabelText(/^PIN/)[0]!, '24682468');
    await user.type(within(parent).getByLabelText(/^再输一次/), '24682468');
    await user.click(within(parent).getByRole('button', { name: '开启家长模式' }));
    expect(await within(parent).findByText('三思没能完成这个操作。请重新加载此页面后再试。')).toBeInTheDocument();
    expect(parent).not.toHaveTextContent('quota');
    await db.delete();
  });
});
