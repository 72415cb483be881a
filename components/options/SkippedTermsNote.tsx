import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { activeNorms } from '@/lib/db/page-config';
import { compile, type SkippedTerm } from '@/lib/matcher';
import type { MessageKey } from '@/lib/i18n/messages';
import { useT } from '../i18n';
import { useOptionsDeps } from './deps';

type Reading = { skipped: readonly SkippedTerm[] } | { failed: true };

/**
 * Which active terms pages cannot match. The active lists are compiled here exactly as a page
 * compiles them, so a term stored by an older version or imported past validation ("***") is
 * named: pages skip it and check every other term, which the user would otherwise never learn.
 */
export function SkippedTermsNote() {
  const t = useT();
  const { db } = useOptionsDeps();
  const norms = useLiveQuery(() => activeNorms(db), [db]);
  const [reading, setReading] = useState<Reading>({ skipped: [] });
  useEffect(() => {
    if (!norms) return;
    // After the section has painted: compiling large lists takes a moment.
    const timer = setTimeout(() => {
      try {
        setReading({ skipped: compile(norms).skipped });
      } catch {
        setReading({ failed: true });
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [norms]);

  if ('failed' in reading) {
    return (
      <p role="status" className="term-problems">
        {t('options.lists.compileFailed')}
      </p>
    );
  }
  if (reading.skipped.length === 0) return null;
  const patternOf = (each: SkippedTerm) => each.form ?? norms?.terms.find((term) => term.id === each.id)?.pattern ?? each.id;
  return (
    <div role="status" className="term-problems">
      <p>{t('options.lists.skipped', { count: reading.skipped.length })}</p>
      <ul>
        {reading.skipped.map((each) => (
          <li key={`${each.index}:${each.id}`}>
            <bdi>{t('options.lists.skippedTerm', { pattern: patternOf(each), id: each.id, why: t(reasonKey(each.reason)) })}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}

function reasonKey(reason: SkippedTerm['reason']): MessageKey {
  if (reason === 'nothingToMatch') return 'options.lists.skipped.nothingToMatch';
  if (reason === 'duplicateId') return 'options.lists.skipped.duplicateId';
  return 'options.lists.skipped.phrase';
}
