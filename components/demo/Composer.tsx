import { useRef, type FormEvent } from 'react';
import { useT } from '../i18n';
import { useDemoStore } from './store';

/**
 * Puts text into the composer through the browser's own editing, as a paste does: the page's
 * watcher takes only input the browser made (a page's synthetic events are ignored).
 */
export function fillComposer(textarea: HTMLTextAreaElement, text: string): void {
  textarea.focus();
  textarea.select();
  if (text === '') document.execCommand('delete');
  else document.execCommand('insertText', false, text);
}

/**
 * The mock comment box: an ordinary textarea in a form, which Sansi's watcher, overlay and
 * pause treat exactly as they treat a comment box on a real site.
 */
export function Composer({ textareaRef }: { textareaRef: React.RefObject<HTMLTextAreaElement | null> }) {
  const t = useT();
  const setDraft = useDemoStore((state) => state.setDraft);
  const post = useDemoStore((state) => state.post);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const textarea = textareaRef.current;
    if (!textarea || textarea.value.trim() === '') return;
    post(textarea.value);
    fillComposer(textarea, '');
  };

  return (
    <form ref={formRef} className="demo-composer" onSubmit={submit}>
      <label htmlFor="demo-draft">{t('demo.composer.label')}</label>
      <textarea id="demo-draft" ref={textareaRef} rows={4} placeholder={t('demo.composer.placeholder')} onInput={(event) => setDraft(event.currentTarget.value)} />
      <button type="submit">{t('demo.composer.post')}</button>
    </form>
  );
}
