import { useEffect } from 'react';
import { useT } from './i18n';
import { refusalText } from './refusal-text';
import { ManagedNotice } from './lock/ManagedNotice';
import { useLockStatus } from './lock/use-lock-status';
import { LockedProvider } from './options/locked';
import { DataSection } from './popup/DataSection';
import { usePopupDeps } from './popup/deps';
import { FirstRun } from './popup/FirstRun';
import { PeriodPicker } from './popup/PeriodPicker';
import { SiteSwitch } from './popup/SiteSwitch';
import { Stats } from './popup/Stats';
import { usePopupStore } from './popup/store';
import { TopLists } from './popup/TopLists';
import { TrendChart } from './popup/TrendChart';
import { useHabits } from './popup/use-habits';

function Notice() {
  const t = useT();
  const notice = usePopupStore((state) => state.notice);
  return (
    <p role="status" className={`notice ${notice?.kind ?? ''}`}>
      {notice ? ('refusal' in notice ? refusalText(new Error(notice.refusal), t) : t(notice.key, notice.params)) : ''}
    </p>
  );
}

/** The popup: the user's own habits at a glance, live from Dexie while it is open. */
export function PopupView() {
  const t = useT();
  const deps = usePopupDeps();
  const habits = useHabits();
  const period = usePopupStore((state) => state.period);
  const findHost = usePopupStore((state) => state.findHost);
  const lock = useLockStatus(deps.send);
  const locked = Boolean(lock.status?.enabled && lock.status.unlockedUntil === 0);
  useEffect(() => {
    void findHost(deps);
  }, [deps, findHost]);

  return (
    <LockedProvider value={{ locked, unlock: () => void window.open(`${deps.optionsUrl}#parent`, '_blank') }}>
      <main className="popup" aria-busy={habits === undefined}>
        <header className="popup__header">
          <h1>
            {t('app.name')} <span className="muted">{t('app.tagline')}</span>
          </h1>
          <SiteSwitch locked={locked} />
        </header>
        <ManagedNotice status={lock.status} />
        {habits === undefined ? (
          <p className="muted">{t('popup.loading')}</p>
        ) : !habits.hasRecords ? (
          <FirstRun />
        ) : (
          <>
            <PeriodPicker />
            <Stats summary={habits.periods[period]} streak={habits.streak} />
            <TrendChart trend={habits.trend} />
            <TopLists summary={habits.periods[period]} />
            <DataSection locked={locked} />
          </>
        )}
        <Notice />
        <footer className="popup__footer">
          <p className="muted">{t('popup.privacy')}</p>
          <nav>
            <a href={deps.demoUrl} target="_blank" rel="noreferrer">
              {t('popup.openDemo')}
            </a>
            <a href={deps.optionsUrl} target="_blank" rel="noreferrer">
              {t('popup.openOptions')}
            </a>
          </nav>
        </footer>
      </main>
    </LockedProvider>
  );
}
