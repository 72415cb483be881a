import { useEffect, useState } from 'react';
import type { MessageKey } from '@/lib/i18n/messages';
import { chooseLocale, useT } from '../i18n';
import { LanguageSelect } from '../LanguageSelect';

const does: readonly MessageKey[] = ['welcome.does.read', 'welcome.does.mark', 'welcome.does.pause', 'welcome.does.habits'];
const never: readonly MessageKey[] = ['welcome.never.send', 'welcome.never.keep', 'welcome.never.change', 'welcome.never.block'];

interface WelcomeProps {
  demoUrl: string;
  optionsUrl: string;
  /** The site switch's keyboard shortcut as the browser has it; empty when the user cleared it. */
  shortcut: () => Promise<string>;
}

/** The page a new user sees once, on install: what Sansi does, what it never does, and the demo. */
export function WelcomeView({ demoUrl, optionsUrl, shortcut }: WelcomeProps) {
  const t = useT();
  const [keys, setKeys] = useState('');
  useEffect(() => {
    void shortcut().then(setKeys, () => setKeys(''));
  }, [shortcut]);
  const title = t('welcome.title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <div className="welcome">
      <header className="welcome__header">
        <h1>{title}</h1>
        <LanguageSelect onChoose={(locale) => void chooseLocale(locale)} />
      </header>
      <main>
        <p className="welcome__lead">{t('welcome.lead')}</p>
        <div className="welcome__columns">
          <section aria-labelledby="welcome-does" className="welcome__card">
            <h2 id="welcome-does">{t('welcome.does.title')}</h2>
            <ul>
              {does.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="welcome-never" className="welcome__card">
            <h2 id="welcome-never">{t('welcome.never.title')}</h2>
            <ul>
              {never.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </section>
        </div>
        <section aria-labelledby="welcome-try" className="welcome__try">
          <h2 id="welcome-try">{t('welcome.try.title')}</h2>
          <p>{t('welcome.try.body')}</p>
          <p className="welcome__actions">
            <a className="welcome__button" href={demoUrl}>
              {t('welcome.try.demo')}
            </a>
            <a href={optionsUrl}>{t('popup.openOptions')}</a>
          </p>
          {keys && <p>{t('welcome.shortcut', { keys })}</p>}
          <p className="muted">{t('welcome.pin')}</p>
        </section>
      </main>
    </div>
  );
}
