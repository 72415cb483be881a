import { normalisationSteps } from '@/lib/demo/normalise-steps';
import type { MessageKey } from '@/lib/i18n/messages';
import { alternativesFor, rewrittenDraft } from '@/lib/rewrite';
import { useLocale, useT } from '../i18n';
import { demoNorms } from './demo-norms';
import { useDemoStore } from './store';

/**
 * "How it matched": the draft after each normalisation step, then every norm that fired with
 * its note and the kinder phrases (in the draft's language, whatever the interface's), and the
 * whole draft rewritten, so a class can see why a word was caught and how else to say it.
 */
export function HowItMatched() {
  const t = useT();
  const locale = useLocale((state) => state.locale);
  const { draft, source, fileList, allowedHere } = useDemoStore();
  const { list, matcher } = demoNorms(source, fileList);
  const entries = new Map(list.terms.map((term) => [term.id, term]));
  const matches = draft ? matcher.findAll(draft).filter((match) => !allowedHere.includes(match.normId)) : [];
  const steps = normalisationSteps(draft);
  const kinder = matches.length > 0 ? rewrittenDraft(draft, matches, list) : null;

  return (
    <section aria-labelledby="how-title" className="demo-how">
      <h2 id="how-title">{t('demo.how.title')}</h2>
      {draft === '' ? (
        <p className="muted">{t('demo.how.empty')}</p>
      ) : (
        <>
          <ol className="steps" aria-label={t('demo.how.steps')}>
            {steps.map((step) => (
              <li key={step.key} className={step.changed ? 'changed' : undefined}>
                <span className="step-name">{t(`demo.step.${step.key}` as MessageKey)}</span>
                <code>{step.text}</code>
              </li>
            ))}
          </ol>
          <h3>{t('demo.how.fired')}</h3>
          {matches.length === 0 ? (
            <p>{t('demo.how.none')}</p>
          ) : (
            <ul className="fired">
              {matches.map((match) => {
                const entry = entries.get(match.normId);
                const alternatives = alternativesFor(draft, match, list);
                return (
                  <li key={`${match.start}-${match.normId}`}>
                    <p>
                      <mark>{draft.slice(match.start, match.end)}</mark> → <strong>{entry?.pattern ?? match.normId}</strong>{' '}
                      <span className={`tag sev-${match.severity}`}>
                        {t(`category.${match.category}`)} · {t(`overlay.severity.${match.severity}`)}
                      </span>
                    </p>
                    {entry?.note?.[locale] && (
                      <p>
                        {t('labelled', { label: t('demo.how.why'), value: entry.note?.[locale] ?? '' })}
                      </p>
                    )}
                    {alternatives.length > 0 && (
                      <p>
                        {t('labelled', { label: t('demo.how.instead'), value: alternatives.map((alternative) => (alternative.insert === '' ? t('demo.how.leaveOut') : `“${alternative.insert}”`)).join(' · ') })}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {kinder !== null && <p>{t('labelled', { label: t('demo.how.kinder'), value: `“${kinder}”` })}</p>}
        </>
      )}
    </section>
  );
}
