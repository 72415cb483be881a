import type { LockStatus } from '@/lib/core/lock';
import { sentenceGap, useLocale, useT } from '../i18n';

/**
 * Tells the writer plainly that a parent manages Sansi, and what that parent can see. After a
 * reset (a forgotten PIN, or a lock removed outside Sansi) it says so too, with the date, and
 * keeps saying so, with parent mode on again or not, until a parent dismisses it with the PIN.
 */
export function ManagedNotice({ status }: { status: LockStatus | undefined }) {
  const t = useT();
  const locale = useLocale((state) => state.locale);
  if (!status) return null;
  const date = status.resetAt ? new Date(status.resetAt).toLocaleDateString(locale) : '';
  const reset = status.resetAt ? t(status.tampered ? 'lock.tampered.notice' : 'lock.reset.notice', { date }) : '';
  return (
    <>
      {status.enabled && (
        <aside className="managed" role="note" aria-label={t('lock.managed.title')}>
          <strong>{t('lock.managed.title')}</strong>
          {sentenceGap(locale)}
          {t('lock.managed.sees')}
        </aside>
      )}
      {reset && (
        <aside className="managed managed--reset" role="note" aria-label={reset}>
          {reset}
        </aside>
      )}
    </>
  );
}
