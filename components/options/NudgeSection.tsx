import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getPauseThreshold, getShowUntargeted, getSmartDetection } from '@/lib/db/settings';
import type { Severity } from '@/lib/matcher/types';
import { severities } from '@/lib/norms/format';
import { useT } from '../i18n';
import { severityLabel } from '../severity-label';
import { useOptionsDeps } from './deps';
import { LockedNote, useLocked } from './locked';
import { useChange } from './use-change';

/** Which severity gets a pause before sending, and whether smart detection nudges too. */
export function NudgeSection() {
  const t = useT();
  const { db, send } = useOptionsDeps();
  const change = useChange();
  const { locked } = useLocked();
  const threshold = useLiveQuery(() => getPauseThreshold(db), [db]);
  const stored = useLiveQuery(() => getSmartDetection(db), [db]);
  // The click shows at once; the stored value takes over once it has caught up, or at once when
  // the background refused (say, under a parent's lock).
  const [asked, setAsked] = useState<boolean | null>(null);
  const smart = asked ?? stored;
  useEffect(() => {
    if (asked !== null && stored === asked) setAsked(null);
  }, [asked, stored]);
  const setSmart = async (enabled: boolean) => {
    setAsked(enabled);
    if (!(await change(() => send('setSmartDetection', { enabled })))) setAsked(null);
  };
  const storedUntargeted = useLiveQuery(() => getShowUntargeted(db), [db]);
  // Shown at once, as for smart detection above.
  const [askedUntargeted, setAskedUntargeted] = useState<boolean | null>(null);
  const untargeted = askedUntargeted ?? storedUntargeted;
  useEffect(() => {
    if (askedUntargeted !== null && storedUntargeted === askedUntargeted) setAskedUntargeted(null);
  }, [askedUntargeted, storedUntargeted]);
  const setUntargeted = async (enabled: boolean) => {
    setAskedUntargeted(enabled);
    if (!(await change(() => send('setShowUntargeted', { enabled })))) setAskedUntargeted(null);
  };
  return (
    <section aria-labelledby="nudge-title">
      <h2 id="nudge-title">{t('options.nudge.title')}</h2>
      {/* Under a parent's lock only the stricter choices stay open: a lower threshold, smart detection on. */}
      <p className="control-row">
        <label>
          {t('options.nudge.threshold')}{' '}
          <select value={threshold ?? ''} onChange={(event) => void change(() => send('setPauseThreshold', { severity: Number(event.target.value) as Severity }))}>
            {severities.map((each) => (
              <option key={each} value={each} disabled={locked && threshold !== undefined && each > threshold}>
                {severityLabel(each, t)}
              </option>
            ))}
          </select>
        </label>
        <LockedNote show={threshold !== 3} />
      </p>
      <p className="control-row">
        <label>
          <input
            type="checkbox"
            checked={smart ?? false}
            disabled={smart === undefined || (locked && smart)}
            aria-describedby="smart-hint"
            onChange={(event) => void setSmart(event.target.checked)}
          />{' '}
          {t('options.nudge.smart')}
        </label>
        <LockedNote show={smart === true} />
      </p>
      <p id="smart-hint" className="muted">
        {t('options.nudge.smartHint')}
      </p>
      <p className="control-row">
        <label>
          <input
            type="checkbox"
            checked={untargeted ?? false}
            disabled={untargeted === undefined || (locked && untargeted)}
            aria-describedby="untargeted-hint"
            onChange={(event) => void setUntargeted(event.target.checked)}
          />{' '}
          {t('options.nudge.untargeted')}
        </label>
        <LockedNote show={untargeted === true} />
      </p>
      <p id="untargeted-hint" className="muted">
        {t('options.nudge.untargetedHint')}
      </p>
    </section>
  );
}
