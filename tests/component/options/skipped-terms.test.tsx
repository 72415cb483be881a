// A term no page can match ("***", stored by an older version or imported past validation)
// does not stop checking: pages skip it and check the rest, and the options page names it.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '@/components/i18n';
import { resetOptionsStore } from '@/components/options/store';
import { pageConfigSource } from '@/lib/db/page-config';
import type { SansiDb } from '@/lib/db/schema';
import { listsCheck } from '@/lib/drafts/checking/lists-check';
import { freshDb } from '../../support/db';
import { entry } from '../../support/lists';
import { renderOptions } from './render-options';

describe('a stored list with a term that cannot be matched', () => {
  let db: SansiDb;
  beforeEach(async () => {
    db = freshDb('options-skipped');
    // Written straight to storage, as an older version (whose validation let "***" through) did.
    await db.lists.add({ id: 'old', name: 'Old list', languages: ['en'], kind: 'user', active: 1, createdAt: Date.now() });
    await db.terms.bulkAdd(
      [entry('old.stars', '***', { category: 'profanity' }), entry('old.idiot', 'idiot')].map((term) => ({
        ...term,
        listId: 'old',
        enabled: true,
        origin: 'user' as const,
        userModified: false,
        deleted: false,
      })),
    );
    resetOptionsStore();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('is skipped in a page, which goes on checking the other terms', async () => {
    const config = await pageConfigSource(db)('example.com');
    expect(config.norms.terms.map((term) => term.pattern)).toContain('***');
    const failures = vi.fn();
    const check = listsCheck(failures);
    check.use(config.norms, { pauseThreshold: config.pauseThreshold, showUntargeted: config.showUntargeted });
    expect(check.findAll('you are an idiot').map((flag) => flag.normId)).toEqual(['old.idiot']);
    expect(check.findAll('*** you')).toEqual([]);
    expect(failures).not.toHaveBeenCalled();
  });

  it('is named in the options page’s lists section, with why', async () => {
    useLocale.setState({ locale: 'en' });
    renderOptions(db);
    const lists = await screen.findByRole('region', { name: 'Norms lists' });
    const note = await within(lists).findByRole('status');
    expect(note).toHaveTextContent('1 terms can’t be matched and are skipped; every other term is still checked:');
    expect(note).toHaveTextContent('“***” (old.stars): nothing is left to match once symbols and spaces are set aside');
  });

  it('is named in Chinese too', async () => {
    useLocale.setState({ locale: 'zh-CN' });
    renderOptions(db);
    const lists = await screen.findByRole('region', { name: '规范词表' });
    expect(await within(lists).findByRole('status')).toHaveTextContent('有 1 个词语无法匹配，已被跳过');
  });

  it('says nothing once the term is gone', async () => {
    useLocale.setState({ locale: 'en' });
    await db.terms.filter((term) => term.id === 'old.stars').delete();
    renderOptions(db);
    const lists = await screen.findByRole('region', { name: 'Norms lists' });
    await within(lists).findByText('Old list');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(within(lists).queryByText(/can’t be matched/)).not.toBeInTheDocument();
  });
});
