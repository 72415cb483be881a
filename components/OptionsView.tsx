import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { chooseLocale, useT } from './i18n';
import { LanguageSelect } from './LanguageSelect';
import { ManagedNotice } from './lock/ManagedNotice';
import { useLockStatus } from './lock/use-lock-status';
import { AllowSection } from './options/AllowSection';
import { useOptionsDeps } from './options/deps';
import { ListsSection } from './options/ListsSection';
import { listName } from './options/list-name';
import { NudgeSection } from './options/NudgeSection';
import { ParentSection } from './options/ParentSection';
import { useOptionsStore } from './options/store';
import { TermsSection } from './options/TermsSection';
import { TransferSection } from './options/TransferSection';


/** The options page: language, lists, terms, allow phrases, nudges, import/export, undo. */
export function OptionsView() {
  const t = useT();
  const { db, send } = useOptionsDeps();
  const { listId: chosen, notice, selectList, setNotice } = useOptionsStore();
  const lists = useLiveQuery(() => db.lists.toArray(), [db]);
  const lock = useLockStatus(send);
  // Until the user picks one, show the first active list.
  const current = lists?.find((list) => list.id === chosen) ?? lists?.find((list) => list.active === 1) ?? lists?.[0];

  const title = t('options.title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  const undo = async () => {
    try {
      const { undone } = await send('undoLastChange', {});
      setNotice({ kind: 'ok', text: t(undone ? 'options.undone' : 'options.nothingToUndo') });
    } catch (error) {
      setNotice({ kind: 'error', text: t('options.error', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <main className="options">
      <header className="options__header">
        <h1>{t('options.title')}</h1>
        <LanguageSelect onChoose={(locale) => void chooseLocale(locale)} />
        <button type="button" onClick={() => void undo()}>
          {t('options.undo')}
        </button>
        <a href="/demo.html" target="_blank" rel="noreferrer">
          {t('options.openDemo')}
        </a>
      </header>
      <ManagedNotice status={lock.status} />
      <p className={`notice ${notice?.kind ?? ''}`} role="status" aria-live="polite">
        {notice?.text}
      </p>
      <ParentSection status={lock.status} refresh={lock.refresh} />
      <ListsSection />
      <NudgeSection />
      {current && (
        <>
          <label className="list-pick">
            {t('options.terms.list')}{' '}
            <select value={current.id} onChange={(event) => selectList(event.target.value)}>
              {lists?.map((list) => (
                <option key={list.id} value={list.id}>
                  {listName(list, t)}
                </option>
              ))}
            </select>
          </label>
          <TermsSection listId={current.id} />
          <AllowSection listId={current.id} />
        </>
      )}
      <TransferSection listId={current?.id ?? null} />
    </main>
  );
}
