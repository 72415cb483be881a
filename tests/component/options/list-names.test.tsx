// A list's name is whatever its file said, in any script: a right-to-left name is isolated, so
// it cannot reorder the words Sansi writes around it.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/components/i18n';
import { resetOptionsStore } from '@/components/options/store';
import type { SansiDb } from '@/lib/db/schema';
import { freshDb } from '../../support/db';
import { renderOptions } from './render-options';

const rtlName = 'قائمة الصف';

describe('a list named in a right-to-left script', () => {
  let db: SansiDb;
  beforeEach(async () => {
    db = freshDb('options-list-names');
    await db.lists.add({ id: 'rtl', name: rtlName, languages: ['ar'], kind: 'user', active: 1, createdAt: Date.now() });
    resetOptionsStore();
    useLocale.setState({ locale: 'en' });
  });
  afterEach(async () => {
    await db.delete();
  });

  it('is isolated where the lists are shown and where one is picked', async () => {
    renderOptions(db);
    const lists = await screen.findByRole('region', { name: 'Norms lists' });
    const button = await within(lists).findByRole('button', { name: rtlName });
    expect(button.querySelector('bdi')?.textContent).toBe(rtlName);
    const option = await screen.findByRole('option', { name: rtlName });
    expect(option.getAttribute('dir')).toBe('auto');
  });
});
