import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ListControls } from '@/components/demo/ListControls';
import { useDemoStore } from '@/components/demo/store';
import { download } from '@/components/files/download';
import { freshDemo } from './reset';

vi.mock('@/components/files/download', () => ({ download: vi.fn() }));

const classList = {
  format: 'sansi-norms',
  version: 1,
  id: 'class-7b',
  name: '7B class list',
  languages: ['en'],
  terms: [{ id: 'c.ninny', pattern: 'ninnyhammer', category: 'insult', severity: 1, note: { en: 'Name-calling' }, suggestion: { en: 'I see it differently' } }],
  allow: [],
};

/** The page closed and opened again: the store as new, the saved list still in IndexedDB. */
function reload(): void {
  useDemoStore.setState(useDemoStore.getInitialState(), true);
}

const listSelect = () => screen.getByRole('combobox', { name: 'Norms list for the demo' });

describe('the demo’s class list', () => {
  beforeEach(async () => {
    await freshDemo();
    vi.mocked(download).mockClear();
  });

  it('survives a reload once loaded', async () => {
    const user = userEvent.setup();
    const view = render(<ListControls />);
    await user.upload(screen.getByLabelText('Load a class list'), new File([JSON.stringify(classList)], 'class.json', { type: 'application/json' }));
    await waitFor(() => expect(listSelect()).toHaveValue('file'));
    view.unmount();

    reload();
    render(<ListControls />);
    await waitFor(() => expect(listSelect()).toHaveValue('file'));
    expect(screen.getByRole('option', { name: '7B class list' })).toBeInTheDocument();
  });

  it('comes back loaded but not chosen when the teacher had gone back to a shipped list', async () => {
    const user = userEvent.setup();
    const view = render(<ListControls />);
    await user.upload(screen.getByLabelText('Load a class list'), new File([JSON.stringify(classList)], 'class.json', { type: 'application/json' }));
    await waitFor(() => expect(listSelect()).toHaveValue('file'));
    await user.selectOptions(listSelect(), 'classroom');
    view.unmount();

    reload();
    render(<ListControls />);
    expect(await screen.findByRole('option', { name: '7B class list' })).toBeInTheDocument();
    expect(listSelect()).toHaveValue('general');
  });

  it('exports a list under its own name, also one imported from a plain file', async () => {
    const user = userEvent.setup();
    render(<ListControls />);
    await user.upload(screen.getByLabelText('Load a class list'), new File(['ninnyhammer\nnincompoop\n'], 'Year 7 words.txt', { type: 'text/plain' }));
    await waitFor(() => expect(listSelect()).toHaveValue('file'));
    await user.click(screen.getByRole('button', { name: 'Export this list to hand out' }));
    const [name, json] = vi.mocked(download).mock.calls[0]!;
    expect(name).toBe('year-7-words.sansi-norms.json');
    expect(JSON.parse(json)).toMatchObject({ name: 'Year 7 words', terms: [{ pattern: 'ninnyhammer' }, { pattern: 'nincompoop' }] });

    await user.selectOptions(listSelect(), 'classroom');
    await user.click(screen.getByRole('button', { name: 'Export this list to hand out' }));
    expect(vi.mocked(download).mock.calls[1]![0]).toBe('课堂-classroom.sansi-norms.json');
  });

  it('says what is wrong with a broken file, and keeps the list it had', async () => {
    const user = userEvent.setup();
    render(<ListControls />);
    await user.upload(screen.getByLabelText('Load a class list'), new File(['idiot,rude,2\n'], 'broken.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Line 1');
    expect(listSelect()).toHaveValue('general');
  });
});
