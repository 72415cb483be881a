import { useState, type FormEvent } from 'react';
import type { Category, Severity } from '@/lib/matcher/types';
import { categories, severities, type NormEntry } from '@/lib/norms/format';
import { idForPattern } from '@/lib/norms/import-lines';
import { describeProblem } from '@/lib/norms/problems';
import { termProblems } from '@/lib/norms/validate';
import { useLocale, useT } from '../i18n';
import { severityLabel } from '../severity-label';

interface TermFormProps {
  /** The term being edited, or undefined to add a new one. */
  term?: NormEntry;
  onSave: (term: NormEntry) => Promise<boolean>;
  onCancel?: () => void;
}

/**
 * Adds or edits one term. Note and suggestion are written in the UI language; a new term gets
 * them in both languages so the card is never empty.
 */
export function TermForm({ term, onSave, onCancel }: TermFormProps) {
  const t = useT();
  const locale = useLocale((state) => state.locale);
  const [pattern, setPattern] = useState(term?.pattern ?? '');
  const [category, setCategory] = useState<Category>(term?.category ?? 'insult');
  const [severity, setSeverity] = useState<Severity>(term?.severity ?? 2);
  const [variants, setVariants] = useState(term?.variants?.join(', ') ?? '');
  const [note, setNote] = useState(term?.note?.[locale] ?? '');
  const [suggestion, setSuggestion] = useState(term?.suggestion?.[locale] ?? '');
  const [problems, setProblems] = useState<string[]>([]);
  const prefix = term ? `edit-${term.id}` : 'add';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const localised = (before: NormEntry['note'] | undefined, text: string) =>
      before ? { ...before, [locale]: text.trim() } : { 'zh-CN': text.trim(), en: text.trim() };
    const list = variants.split(/[,，]/).map((variant) => variant.trim()).filter(Boolean);
    const { variants: _previous, ...kept } = term ?? {};
    const entry: NormEntry = {
      ...kept,
      id: term?.id ?? idForPattern(pattern.trim()),
      pattern: pattern.trim(),
      category,
      severity,
      ...(list.length > 0 ? { variants: list } : {}),
      note: localised(term?.note, note),
      suggestion: localised(term?.suggestion, suggestion),
    };
    // The same checks as an imported file, said here in words (a bad phrase pattern, a term
    // with nothing to match), rather than a refusal from the background.
    const found = termProblems(entry).map((each) => describeProblem(each, locale));
    setProblems(found);
    if (found.length > 0) return;
    const saved = await onSave(entry);
    if (saved && !term) {
      setPattern('');
      setVariants('');
      setNote('');
      setSuggestion('');
    }
  };

  return (
    <form className="term-form" onSubmit={(event) => void submit(event)} aria-label={term ? t('options.terms.edit', { pattern: term.pattern }) : t('options.terms.add')}>
      <label htmlFor={`${prefix}-pattern`}>{t('options.terms.pattern')}</label>
      <input id={`${prefix}-pattern`} required maxLength={100} value={pattern} onChange={(event) => setPattern(event.target.value)} disabled={Boolean(term)} aria-describedby={`${prefix}-pattern-hint`} />
      <p id={`${prefix}-pattern-hint`} className="hint">{t('options.terms.patternHint')}</p>
      <label htmlFor={`${prefix}-category`}>{t('options.norms.columns.category')}</label>
      <select id={`${prefix}-category`} value={category} onChange={(event) => setCategory(event.target.value as Category)}>
        {categories.map((each) => (
          <option key={each} value={each}>
            {t(`category.${each}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${prefix}-severity`}>{t('options.norms.columns.severity')}</label>
      <select id={`${prefix}-severity`} value={severity} onChange={(event) => setSeverity(Number(event.target.value) as Severity)}>
        {severities.map((each) => (
          <option key={each} value={each}>
            {severityLabel(each, t)}
          </option>
        ))}
      </select>
      <label htmlFor={`${prefix}-variants`}>{t('options.terms.variants')}</label>
      <input id={`${prefix}-variants`} value={variants} onChange={(event) => setVariants(event.target.value)} />
      <label htmlFor={`${prefix}-note`}>{t('options.terms.note')}</label>
      <input id={`${prefix}-note`} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
      <label htmlFor={`${prefix}-suggestion`}>{t('options.terms.suggestion')}</label>
      <input id={`${prefix}-suggestion`} maxLength={500} value={suggestion} onChange={(event) => setSuggestion(event.target.value)} />
      {problems.length > 0 && (
        <div role="alert" className="term-problems">
          <p>{t('options.terms.problems')}</p>
          <ul>
            {problems.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-actions">
        <button type="submit">{term ? t('options.terms.save') : t('options.terms.add')}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('options.terms.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
