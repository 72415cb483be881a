import { periods, type Period } from '@/lib/habits/summary';
import type { MessageKey } from '@/lib/i18n/messages';
import { useT } from '../i18n';
import { usePopupStore } from './store';

const labels: Record<Period, MessageKey> = { today: 'popup.period.today', week: 'popup.period.week', month: 'popup.period.month' };

/** Today / 7 days / 30 days, as a row of toggle buttons. */
export function PeriodPicker() {
  const t = useT();
  const period = usePopupStore((state) => state.period);
  const setPeriod = usePopupStore((state) => state.setPeriod);
  return (
    <div className="segmented" role="group" aria-label={t('popup.period.label')}>
      {periods.map((each) => (
        <button key={each} type="button" aria-pressed={period === each} onClick={() => setPeriod(each)}>
          {t(labels[each])}
        </button>
      ))}
    </div>
  );
}
