import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsView } from '@/components/OptionsView';
import { useLocale } from '@/components/i18n';
import { OptionsDepsProvider } from '@/components/options/deps';
import { resetOptionsStore } from '@/components/options/store';
import { syncPresets } from '@/lib/db/preset-sync';
import type { SansiDb } from '@/lib/db/schema';
import { exportJson } from '@/lib/norms/export';
import { pageSender } from '../support/background';
import { freshDb } from '../support/db';
import { entry, list } from '../support/lists';

const preset = list(
  'zh-general',
  [
    entry('zh.shabi', '傻逼', { variants: ['煞笔'] }),
    entry('zh.qusi', '去死', { category: 'self-harm', severity: 3 }),
    entry('en.idiot', 'idiot', { severity: 1 }),
  ],
  ['操作'],
);

describe('OptionsView', () => {
  let db: SansiDb;
  let view: () => ReactElement;

  beforeEach(async () => {
    db = freshDb('options');
    await syncPresets(db, [preset], ['zh-general']);
    const { send } = pageSender(db);
    view = () => (
      <OptionsDepsProvider deps={{ db, send }}>
        <OptionsView />
      </OptionsDepsProvider>
    );
    useLocale.setState({ locale: 'en' });
    resetOptionsStore();
  });
  afterEach(async () => {
    await db.delete();
  });

  const row = (pattern: string) => screen.findByRole('row', { name: new RegExp(pattern) });

  it('lists the active list terms and filters them by search, category and severity', async () => {
    const user = userEvent.setup();
    render(view());
    expect(await row('傻逼')).toHaveTextContent('Insult');
    expect(screen.getByText('Showing 3 of 3 terms')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search terms' }), '煞');
    expect(await screen.findByText('Showing 1 of 1 terms')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /傻逼/ })).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search terms' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by category' }), 'Incitement to self-harm');
    expect(await screen.findByText('Showing 1 of 1 terms')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /去死/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by category' }), 'All categories');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by severity' }), '1 · Rude');
    expect(await screen.findByText('Showing 1 of 1 terms')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /idiot/ })).toBeInTheDocument();
  });

  it('adds, edits, switches off and deletes a term, and undoes the last change', async () => {
    const user = userEvent.setup();
    render(view());
    await row('傻逼');

    await user.click(screen.getByText('Add a term', { selector: 'summary' }));
    const add = screen.getByRole('form', { name: 'Add a term' });
    await user.type(within(add).getByLabelText('Term'), '蠢货');
    await user.selectOptions(within(add).getByLabelText('Severity'), '3 · Severe');
    await user.type(within(add).getByLabelText('Kinder suggestion'), '我不同意');
    await user.click(within(add).getByRole('button', { name: 'Add a term' }));
    expect(await row('蠢货')).toHaveTextContent('我不同意');
    expect(await db.terms.where('listId').equals('zh-general').filter((term) => term.pattern === '蠢货').first()).toMatchObject({ severity: 3, origin: 'user' });

    await user.click(screen.getByRole('button', { name: 'Edit “傻逼”' }));
    const edit = screen.getByRole('form', { name: 'Edit “傻逼”' });
    await user.clear(within(edit).getByLabelText('Kinder suggestion'));
    await user.type(within(edit).getByLabelText('Kinder suggestion'), 'I disagree');
    await user.click(within(edit).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit “傻逼”' })).not.toBeInTheDocument());
    // The form closes once the background saved; the row follows with the live query.
    await waitFor(async () => expect(await row('傻逼')).toHaveTextContent('I disagree'));

    await user.click(screen.getByRole('checkbox', { name: 'Check “idiot”' }));
    await waitFor(async () => expect((await db.terms.get(['zh-general', 'en.idiot']))?.enabled).toBe(false));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Check “idiot”' })).not.toBeChecked());

    await user.click(screen.getByRole('button', { name: 'Delete “去死”' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /去死/ })).not.toBeInTheDocument());

    expect(await screen.findByText('Saved.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo: “去死” back in the list' }));
    expect(await screen.findByText('Undone: “去死” back in the list.')).toBeInTheDocument();
    expect(await row('去死')).toBeInTheDocument();
  });

  it('shows why an edit was refused', async () => {
    const user = userEvent.setup();
    render(view());
    await row('傻逼');
    await user.click(screen.getByText('Add a term', { selector: 'summary' }));
    const add = screen.getByRole('form', { name: 'Add a term' });
    // The id of a new term comes from its pattern, so the same pattern again is a duplicate.
    await user.type(within(add).getByLabelText('Term'), '蠢货');
    await user.click(within(add).getByRole('button', { name: 'Add a term' }));
    await row('蠢货');
    await user.type(within(add).getByLabelText('Term'), '蠢货');
    await user.click(within(add).getByRole('button', { name: 'Add a term' }));
    expect(await screen.findByText('This list already has that term.')).toBeInTheDocument();
  });

  it('adds and removes allow phrases', async () => {
    const user = userEvent.setup();
    render(view());
    expect(await screen.findByText('操作')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Allow phrase' }), '草地');
    await user.click(screen.getByRole('button', { name: 'Add phrase' }));
    expect(await screen.findByText('草地')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove “操作”' }));
    await waitFor(() => expect(screen.queryByText('操作')).not.toBeInTheDocument());
  });

  it('searches a long list of allow phrases instead of drawing them all', async () => {
    const phrases = ['操作', ...Array.from({ length: 100 }, (_, i) => `草地${String(i).padStart(3, '0')}`)];
    await syncPresets(db, [list('zh-general', [entry('zh.shabi', '傻逼')], phrases)], ['zh-general']);
    const user = userEvent.setup();
    render(view());
    const removeButtons = () => screen.queryAllByRole('button', { name: /^Remove “/ });
    expect(await screen.findByText('Showing 100 of 101 phrases: search to find the others')).toBeInTheDocument();
    expect(removeButtons()).toHaveLength(100);

    const search = screen.getByRole('searchbox', { name: 'Search allow phrases' });
    await user.type(search, '草地00');
    await waitFor(() => expect(removeButtons()).toHaveLength(10));
    expect(screen.queryByText(/^Showing \d+ of \d+ phrases/)).not.toBeInTheDocument();
    expect(screen.getByText('草地009')).toBeInTheDocument();

    // Down to 100 phrases, the search box stays while it holds a query.
    await user.click(screen.getByRole('button', { name: 'Remove “草地000”' }));
    await waitFor(() => expect(removeButtons()).toHaveLength(9));
    expect(screen.getByRole('searchbox', { name: 'Search allow phrases' })).toHaveValue('草地00');

    await user.clear(search);
    await waitFor(() => expect(removeButtons()).toHaveLength(100));
    expect(screen.queryByRole('searchbox', { name: 'Search allow phrases' })).not.toBeInTheDocument();

    await syncPresets(db, [list('zh-general', [entry('zh.shabi', '傻逼')], [...phrases, '草坪'])], ['zh-general']);
    await user.type(await screen.findByRole('searchbox', { name: 'Search allow phrases' }), '垃圾分类');
    expect(await screen.findByText('No allow phrase matches.')).toBeInTheDocument();
    expect(removeButtons()).toHaveLength(0);
  });

  it('switches presets on and off and sets the pause threshold', async () => {
    const user = userEvent.setup();
    render(view());
    const active = await screen.findByRole('checkbox', { name: 'Use “Chinese general”' });
    await user.click(active);
    await waitFor(async () => expect((await db.lists.get('zh-general'))?.active).toBe(0));
    await user.selectOptions(screen.getByRole('combobox', { name: /Pause before sending/ }), '1 · Rude');
    await waitFor(async () => expect((await db.settings.get('pauseThreshold'))?.value).toBe(1));
  });

  it('imports a list file, shows it, and exports it back', async () => {
    const user = userEvent.setup();
    render(view());
    await row('傻逼');
    const file = new File([exportJson(list('class-7b', [entry('c.chou', '丑八怪'), entry('c.loser', 'loser')], ['丑八怪兽'], '7B class'))], 'class.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('Import a list (JSON, CSV or plain text)'), file);
    expect(await screen.findByText('Imported 2 terms into “7B class”.')).toBeInTheDocument();
    expect(await row('丑八怪')).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'Use “7B class”' })).toBeChecked();
    expect(await db.terms.where('listId').equals('class-7b').count()).toBe(2);
  });

  it.each([
    ['broken JSON', '{"format": "sansi-norms",\n"terms": [\n', 'x.json', /Line 3/],
    ['an unknown category', 'term,category,severity\n废物,insult,2\n蠢,rude,2\n', 'x.csv', /Line 3: unknown category "rude"/],
    ['a severity out of range', '废物,insult,7\n', 'x.csv', /Line 1: severity must be 1, 2 or 3/],
    ['duplicate terms', '傻逼\nidiot\n傻逼\n', 'x.txt', /Line 3: "傻逼" is already on line 1/],
  ])('rejects %s whole, names the line, and leaves what is stored as it was', async (_name, content, fileName, message) => {
    const user = userEvent.setup();
    render(view());
    await row('傻逼');
    const before = { lists: await db.lists.toArray(), terms: await db.terms.toArray(), allow: await db.allow.toArray() };
    await user.upload(screen.getByLabelText('Import a list (JSON, CSV or plain text)'), new File([content], fileName));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported.');
    expect(alert).toHaveTextContent(message);
    expect({ lists: await db.lists.toArray(), terms: await db.terms.toArray(), allow: await db.allow.toArray() }).toEqual(before);
  });

  it('rejects a file that is not UTF-8', async () => {
    const user = userEvent.setup();
    render(view());
    await row('傻逼');
    await user.upload(screen.getByLabelText('Import a list (JSON, CSV or plain text)'), new File([new Uint8Array([0xc9, 0xb5, 0xb1, 0xc6, 0x0a])], 'gbk.txt'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Line 1: not UTF-8 text');
    expect(await db.lists.count()).toBe(1);
  });

  it('names the line and the problem in Chinese when the page is in Chinese', async () => {
    const user = userEvent.setup();
    useLocale.setState({ locale: 'zh-CN' });
    render(view());
    await row('傻逼');
    await user.upload(screen.getByLabelText('导入词表（JSON、CSV 或纯文本）'), new File(['term,category,severity\n废物,insult,2\n蠢,rude,2\n'], 'x.csv'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('没有导入任何内容。');
    expect(alert).toHaveTextContent(/第 3 行：未知类别 "rude"/);
  });

  it('works in Chinese', async () => {
    const user = userEvent.setup();
    render(view());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '简体中文');
    expect(screen.getByRole('heading', { name: '三思设置' })).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: '启用“中文通用”' })).toBeChecked();
    expect(screen.getByRole('searchbox', { name: '搜索词语' })).toBeInTheDocument();
    expect(await row('去死')).toHaveTextContent('教唆自残');
  });
});
