import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import type { StoredTerm } from '@/lib/core/records';
import type { Category, Severity } from '@/lib/matcher/types';
import { categories, severities, type NormEntry } from '@/lib/norms/format';
import { useLocale, useT } from '../i18n';
import { severityLabel } from '../severity-label';
import { useOptionsDeps } from './deps';
import { LockedNote, useLocked } from './locked';
import { TermForm } from './TermForm';
import { useOptionsStore } from './store';
import { useChange } from './use-change';
import { liveTerms } from '@/lib/db/queries';

/** Rows drawn at first, and added by each "Show more": a 50k-term list is searched, not scrolled. */
const PAGE_ROWS = 25;

function toEntry({ listId: _l, enabled: _e, origin: _o, userModified: _u, deleted: _d, ...entry }: StoredTerm): NormEntry {
  return entry;
}

function matchesFilter(term: StoredTerm, query: string, category: Category | '', severity: Severity | 0): boolean {
  if (term.deleted) return false;
  if (category && term.category !== category) return false;
  if (severity && term.severity !== severity) return false;
  if (!query) return true;
  const needle = query.toLowerCase();
  return term.pattern.toLowerCase().includes(needle) || (term.variants ?? []).some((variant) => variant.toLowerCase().includes(needle));
}

/** Search, filter, add, edit, switch off and delete the terms of one list; `picker` chooses the list. */
export function TermsSection({ listId, picker }: { listId: string; picker?: ReactNode }) {
  const t = useT();
  const locale = useLocale((state) => state.locale);
  const { db, send } = useOptionsDeps();
  const change = useChange();
  const { query, category, severity, editing, setFilter, setEditing } = useOptionsStore();
  const terms = useLiveQuery(() => liveTerms(db, listId), [db, listId]);
  const shown = (terms ?? []).filter((term) => matchesFilter(term, query, category, severity));
  const { locked } = useLocked();
  // Back to one page whenever the list or the filter changes.
  const filterKey = `${listId}\u0000${query}\u0000${category}\u0000${severity}`;
  const [paging, setPaging] = useState({ key: filterKey, rows: PAGE_ROWS });
  const limit = paging.key === filterKey ? paging.rows : PAGE_ROWS;

  return (
    <section aria-labelledby="terms-title">
      <div className="section-head">
        <h2 id="terms-title">{t('options.terms.title')}</h2>
        <LockedNote />
      </div>
      {picker}
      <div className="filters" role="search">
        <input type="search" aria-label={t('options.terms.search')} placeholder={t('options.terms.search')} value={query} onChange={(event) => setFilter({ query: event.target.value })} />
        <select aria-label={t('options.terms.filterCategory')} value={category} onChange={(event) => setFilter({ category: event.target.value as Category | '' })}>
          <option value="">{t('options.terms.allCategories')}</option>
          {categories.map((each) => (
            <option key={each} value={each}>
              {t(`category.${each}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('options.terms.filterSeverity')} value={severity} onChange={(event) => setFilter({ severity: Number(event.target.value) as Severity | 0 })}>
          <option value={0}>{t('options.terms.allSeverities')}</option>
          {severities.map((each) => (
            <option key={each} value={each}>
              {severityLabel(each, t)}
            </option>
          ))}
        </select>
      </div>
      <p className="muted" aria-live="polite">
        {t('options.terms.showing', { shown: Math.min(shown.length, limit), total: shown.length })}
      </p>
      <table className="terms">
        <thead>
          <tr>
            <th scope="col">{t('options.terms.enabled')}</th>
            <th scope="col">{t('options.norms.columns.term')}</th>
            <th scope="col">{t('options.norms.columns.category')}</th>
            <th scope="col">{t('options.norms.columns.severity')}</th>
            <th scope="col">{t('options.terms.suggestion')}</th>
            <th scope="col">{t('options.terms.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, limit).map((term) =>
            editing === term.id ? (
              <tr key={term.id}>
                <td colSpan={6}>
                  <TermForm
                    term={toEntry(term)}
                    onCancel={() => setEditing(null)}
                    onSave={async (entry) => {
                      const saved = await change(() => send('editNorms', { op: 'updateTerm', listId, term: entry }));
                      if (saved) setEditing(null);
                      return saved;
                    }}
                  />
                </td>
              </tr>
            ) : (
              <tr key={term.id} className={term.enabled ? undefined : 'disabled'}>
                <td>
                  <input
                    type="checkbox"
                    checked={term.enabled}
                    disabled={locked}
                    aria-label={t('options.terms.enable', { pattern: term.pattern })}
                    onChange={(event) => void change(() => send('editNorms', { op: 'setTermEnabled', listId, termId: term.id, enabled: event.target.checked }))}
                  />
                </td>
                <td>
                  {term.pattern}
                  {term.variants && term.variants.length > 0 && <div className="muted">{term.variants.join(', ')}</div>}
                </td>
                <td className="one-line">{t(`category.${term.category}`)}</td>
                <td className="one-line">{severityLabel(term.severity, t)}</td>
                <td className="suggestion">{term.suggestion?.[locale] ?? ''}</td>
                <td className="row-actions">
                  <button type="button" className="icon" disabled={locked} onClick={() => setEditing(term.id)} aria-label={t('options.terms.edit', { pattern: term.pattern })}>
                    ✎
                  </button>
                  <button type="button" className="icon" disabled={locked} onClick={() => void change(() => send('editNorms', { op: 'deleteTerm', listId, termId: term.id }))} aria-label={t('options.terms.delete', { pattern: term.pattern })}>
                    ✕
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {shown.length > limit && (
        <p>
          <button type="button" onClick={() => setPaging({ key: filterKey, rows: limit + PAGE_ROWS })}>
            {t('options.terms.more', { count: Math.min(PAGE_ROWS, shown.length - limit) })}
          </button>
        </p>
      )}
      {terms && shown.length === 0 && <p>{t('options.terms.empty')}</p>}
      {/* Under a parent's lock there is nothing to add: the form would only be refused. */}
      {!locked && (
        <details className="add-term">
          <summary>{t('options.terms.add')}</summary>
          <TermForm onSave={(entry) => change(() => send('editNorms', { op: 'addTerm', listId, term: entry }))} />
        </details>
      )}
    </section>
  );
}
