// The term form takes phrase patterns, and says in words why one cannot be saved; a list whose
// terms have no note or suggestion shows like any other.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '@/components/i18n';
import { TermForm } from '@/components/options/TermForm';
import { resetOptionsStore } from '@/components/options/store';
import { syncPresets } from '@/lib/db/preset-sync';
import type { NormEntry } from '@/lib/norms/format';
import type { SansiDb } from '@/lib/db/schema';
import { freshDb } from '../../support/db';
import { list } from '../../support/lists';
import { renderOptions } from './render-options';

describe('the term form', () => {
  const user = userEvent.setup();
  beforeEach(() => useLocale.setState({ locale: 'en' }));

  it('saves a phrase pattern with alternatives and a gap', async () => {
    const onSave = vi.fn(async (_term: NormEntry) => true);
    render(<TermForm onSave={onSave} />);
    await user.type(screen.getByLabelText('Term'), 'go (back|home) … where you came from');
    await user.click(screen.getByRole('button', { name: 'Add a term' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0]).toMatchObject({ pattern: 'go (back|home) … where you came from' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a malformed pattern or one with nothing to match, naming it, in the page language', async () => {
    const onSave = vi.fn(async (_term: NormEntry) => true);
    render(<TermForm onSave={onSave} />);
    await user.type(screen.getByLabelText('Term'), 'go (away');
    await user.click(screen.getByRole('button', { name: 'Add a term' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('"go (away": a "(" has no ")" to close it');
    await user.clear(screen.getByLabelText('Term'));
    await user.type(screen.getByLabelText('Term'), '***');
    await user.click(screen.getByRole('button', { name: 'Add a term' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('"***" has nothing left to match');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('explains the phrase syntax beside the field', () => {
    render(<TermForm onSave={async () => true} />);
    expect(screen.getByLabelText('Term')).toHaveAccessibleDescription(/"\(a\|b\)" is one of several wordings/);
  });
});

describe('a list without notes or suggestions', () => {
  let db: SansiDb;
  beforeEach(async () => {
    db = freshDb('options-bare-terms');
    const bare = list('bare', [{ id: 'b.idiot', pattern: 'idiot', category: 'insult', severity: 2 }]);
    await syncPresets(db, [bare], ['bare']);
    useLocale.setState({ locale: 'en' });
    resetOptionsStore();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('shows its terms, with an empty suggestion cell', async () => {
    renderOptions(db);
    expect(await screen.findByText('idiot')).toBeInTheDocument();
  });
});
