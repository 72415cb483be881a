import { useLocale, useT } from '../i18n';
import { fillComposer } from './Composer';
import { samples } from './samples';

/** One button per sample draft; a click puts it in the composer as if it were pasted. */
export function SamplePicker({ textareaRef }: { textareaRef: React.RefObject<HTMLTextAreaElement | null> }) {
  const t = useT();
  const locale = useLocale((state) => state.locale);
  return (
    <section aria-labelledby="samples-title" className="demo-samples">
      <h2 id="samples-title">{t('demo.samples.title')}</h2>
      <ul>
        {samples.map((sample) => {
          const text = locale === 'zh-CN' ? sample.zh : sample.en;
          const tag = sample.category ? t(`category.${sample.category}`) : t('demo.samples.clean');
          return (
            <li key={sample.id}>
              <button type="button" onClick={() => textareaRef.current && fillComposer(textareaRef.current, text)}>
                <span className={`tag tag--${sample.kind}`}>
                  {tag}
                  {sample.kind === 'evasive' ? ` · ${t('demo.samples.evasive')}` : ''}
                </span>{' '}
                {text}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
