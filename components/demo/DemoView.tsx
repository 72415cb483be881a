import { useEffect, useRef } from 'react';
import { startInPage } from '@/lib/drafts/start/page-main';
import { setOverlayLocale } from '@/lib/drafts/ui/strings';
import { useLocale, useT } from '../i18n';
import { LanguageSelect } from '../LanguageSelect';
import { Composer } from './Composer';
import { demoServices } from './demo-services';
import { HowItMatched } from './HowItMatched';
import { ListControls } from './ListControls';
import { SamplePicker } from './SamplePicker';
import { useDemoStore } from './store';
import { Thread } from './Thread';


/** The classroom demo: a mock thread with Sansi running on its composer, offline, recording nothing. */
export function DemoView() {
  const t = useT();
  const locale = useLocale((state) => state.locale);
  const setLocale = useLocale((state) => state.setLocale);
  const presentation = useDemoStore((state) => state.presentation);
  const setPresentation = useDemoStore((state) => state.setPresentation);
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  const title = t('demo.title');
  useEffect(() => {
    setOverlayLocale(locale);
    document.documentElement.lang = locale;
    document.title = title;
  }, [locale, title]);

  useEffect(() => {
    // The very watcher, overlay, card and pause that run on social sites.
    const controller = new AbortController();
    void startInPage(controller.signal, () => true, demoServices);
    return () => controller.abort();
  }, []);

  return (
    <main className={presentation ? 'demo demo--presentation' : 'demo'}>
      <header className="demo__header">
        <h1>{t('demo.title')}</h1>
        <LanguageSelect onChoose={setLocale} />
        <label>
          <input type="checkbox" checked={presentation} onChange={(event) => setPresentation(event.target.checked)} /> {t('demo.presentation')}
        </label>
      </header>
      <p className="demo__intro">{t('demo.intro')}</p>
      <ListControls />
      <div className="demo__grid">
        <div className="demo__main">
          <Thread />
          <Composer textareaRef={textareaRef} />
          <HowItMatched />
        </div>
        <SamplePicker textareaRef={textareaRef} />
      </div>
    </main>
  );
}
