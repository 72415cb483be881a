import { useLiveQuery } from 'dexie-react-hooks';
import { getPauseThreshold } from '@/lib/db/settings';
import type { Severity } from '@/lib/matcher/types';
import { severities } from '@/lib/norms/format';
import { useT } from '../i18n';
import { useOptionsDeps } from './deps';
import { useChange } from './use-change';

/** Which severity gets a pause before sending. */
export function NudgeSection() {
  const t = useT();
  const { db, send } = useOptionsDeps();
  const change = useChange();
  const threshold = useLiveQuery(() => getPauseThreshold(db), [db]);
  return (
    <section aria-labelledby="nudge-title">
      <h2 id="nudge-title">{t('options.nudge.title')}</h2>
      <label>
        {t('options.nudge.threshold')}{' '}
        <select value={threshold ?? ''} onChange={(event) => void change(() => send('setPauseThreshold', { severity: Number(event.target.value) as Severity }))}>
          {severities.map((each) => (
            <option key={each} value={each}>
              {t(`severity.${each}`)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
