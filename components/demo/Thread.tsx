import { useT } from '../i18n';
import { useDemoStore } from './store';

/** A mock thread to reply to, so the demo looks like the places students actually write. */
export function Thread() {
  const t = useT();
  const posted = useDemoStore((state) => state.posted);
  const comments = [
    { author: t('demo.thread.author1'), text: t('demo.thread.comment1') },
    { author: t('demo.thread.author2'), text: t('demo.thread.comment2') },
    ...posted.map((comment) => ({ author: t('demo.thread.you'), text: comment.text })),
  ];
  return (
    <section aria-labelledby="thread-title" className="demo-thread">
      <h2 id="thread-title">{t('demo.thread.title')}</h2>
      <ol>
        {comments.map((comment, index) => (
          <li key={index}>
            <strong>{comment.author}</strong>
            <p>{comment.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
