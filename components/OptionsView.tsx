import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect } from 'react';
import { chooseLocale, useT } from './i18n';
import { LanguageSelect } from './LanguageSelect';
import { ManagedNotice } from './lock/ManagedNotice';
import { useLockStatus } from './lock/use-lock-status';
import { AllowSection } from './options/AllowSection';
import { DismissedSection } from './options/DismissedSection';
import { useOptionsDeps } from './options/deps';
import { ListsSection } from './options/ListsSection';
import { listName } from './options/list-name';
import { LockedProvider } from './options/locked';
import { NudgeSection } from './options/NudgeSection';
import { ParentSection } from './options/ParentSection';
import { SectionNav } from './options/SectionNav';
import { SitesSection } from './options/SitesSection';
import { useOptionsStore } from './options/store';
import { TermsSection } from './options/TermsSection';
import { TransferSection } from './options/TransferSection';
import { UndoButton } from './options/UndoButton';
import { allLists } from '@/lib/db/queries';

/**
 * The options page: a side navigation and one card a section (lists, terms, allow phrases and
 * dismissed words, nudges, sites, parent mode, your data, language), all on one scrolling page
 * so the browser's find and a screen reader's headings reach every setting.
 */
export function OptionsView() {
  const t = useT();
  const { db, send } = useOptionsDeps();
  const { listId: chosen, notice, selectList } = useOptionsStore();
  const lists = useLiveQuery(() => allLists(db), [db]);
  const lock = useLockStatus(send);
  // Until the user picks one, show the first active list.
  const current = lists?.find((list) => list.id === chosen) ?? lists?.find((list) => list.active === 1) ?? lists?.[0];
  const locked = Boolean(lock.status?.enabled && lock.status.unlockedUntil === 0);
  const unlock = useCallback(() => {
    const parent = document.getElementById('parent');
    parent?.scrollIntoView?.({ block: 'start' });
    parent?.querySelector<HTMLInputElement>('input[type="password"]')?.focus();
  }, []);

  // A link from the popup ("Unlock with the PIN" → #parent) arrives before the sections exist:
  // go to its section once the page has its content.
  const loaded = lists !== undefined;
  useEffect(() => {
    if (loaded && window.location.hash) document.getElementById(window.location.hash.slice(1))?.scrollIntoView?.({ block: 'start' });
  }, [loaded]);

  const title = t('options.title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <LockedProvider value={{ locked, unlock }}>
      <div className="options">
        <header className="options__header">
          <h1>{t('options.title')}</h1>
          <UndoButton />
          <a href="/demo.html" target="_blank" rel="noreferrer">
            {t('options.openDemo')}
          </a>
        </header>
        <div className="options__body">
          <SectionNav />
          <main className="options__main">
            <ManagedNotice status={lock.status} />
            {locked && (
              <p className="lock-bar">
                <span>{t('lock.lockedBar')}</span>
                <button type="button" className="primary" onClick={unlock}>
                  {t('lock.unlockAction')}
                </button>
              </p>
            )}
            <p className={`notice ${notice?.kind ?? ''}`} role="status" aria-live="polite">
              {notice?.text}
            </p>
            <div id="lists" className="options-card">
              <ListsSection />
            </div>
            <div id="terms" className="options-card">
              {current && (
                <TermsSection
                  listId={current.id}
                  picker={
                    <label className="list-pick">
                      {t('options.terms.list')}{' '}
                      <select value={current.id} onChange={(event) => selectList(event.target.value)}>
                        {lists?.map((list) => (
                          <option key={list.id} value={list.id} dir="auto">
                            {listName(list, t)}
                          </option>
                        ))}
                      </select>
                    </label>
                  }
                />
              )}
            </div>
            <div id="allow" className="options-card">
              {current && <AllowSection listId={current.id} />}
              <DismissedSection />
            </div>
            <div id="nudges" className="options-card">
              <NudgeSection />
            </div>
            <div id="sites" className="options-card">
              <SitesSection />
            </div>
            <div id="parent" className="options-card">
              <ParentSection status={lock.status} refresh={lock.refresh} />
            </div>
            <div id="data" className="options-card">
              <TransferSection listId={current?.id ?? null} />
            </div>
            <section id="language" className="options-card" aria-labelledby="language-title">
              <h2 id="language-title">{t('options.language')}</h2>
              <p className="muted">{t('options.languageHint')}</p>
              <LanguageSelect onChoose={(locale) => void chooseLocale(locale)} />
            </section>
          </main>
        </div>
      </div>
    </LockedProvider>
  );
}
