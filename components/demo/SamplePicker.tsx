import { useT } from '../i18n';
import { fillComposer } from './Composer';
import { demoNorms } from './demo-norms';
import { kinderDraft } from './kinder';
import { samples, type Sample } from './samples';
import { useDemoStore, type SampleLanguage } from './store';

const languages: readonly SampleLanguage[] = ['all', 'zh', 'en'];
const labelKey = { all: 'demo.samples.both', zh: 'demo.samples.zh', en: 'demo.samples.en' } as const;

/** Each sample draft in Chinese and English, whatever the interface language. */
function drafts(language: SampleLanguage): { sample: Sample; lang: 'zh' | 'en'; text: string }[] {
  return samples.flatMap((sample) =>
    (['zh', 'en'] as const).filter((lang) => language === 'all' || language === lang).map((lang) => ({ sample, lang, text: sample[lang] })),
  );
}

/**
 * One button per sample draft, in both languages (a filter shows one), each with the kinder way
 * to write it; a click puts the draft in the composer as if it were pasted.
 */
export function SamplePicker({ textareaRef }: { textareaRef: React.RefObject<HTMLTextAreaElement | null> }) {
  const t = useT();
  const { sampleLanguage, setSampleLanguage, source, fileList } = useDemoStore();
  const norms = demoNorms(source, fileList);
  return (
    <section aria-labelledby="samples-title" className="demo-samples">
      <h2 id="samples-title">{t('demo.samples.title')}</h2>
      <fieldset>
        <legend>{t('demo.samples.language')}</legend>
        {languages.map((language) => (
          <label key={language}>
            <input type="radio" name="sample-language" checked={sampleLanguage === language} onChange={() => setSampleLanguage(language)} /> {t(labelKey[language])}
          </label>
        ))}
      </fieldset>
      <ul>
        {drafts(sampleLanguage).map(({ sample, lang, text }) => {
          const tag = sample.category ? t(`category.${sample.category}`) : t('demo.samples.clean');
          const kinder = sample.category ? kinderDraft(text, norms) : null;
          return (
            <li key={`${sample.id}.${lang}`}>
              <button type="button" onClick={() => textareaRef.current && fillComposer(textareaRef.current, text)}>
                <span className={`tag tag--${sample.kind}`}>
                  {tag}
                  {sample.kind === 'evasive' ? ` · ${t('demo.samples.evasive')}` : ''}
                </span>{' '}
                <span lang={lang === 'zh' ? 'zh-CN' : 'en'}>{text}</span>
              </button>
              {kinder && <p className="muted">{t('labelled', { label: t('demo.samples.kinder'), value: `“${kinder}”` })}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
