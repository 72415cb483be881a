import type { LockStatus } from '@/lib/core/lock';
import { useLocale, useT } from '../i18n';

/**
 * Tells the writer plainly that a parent manages Sansi, and what that parent can see. After a
 * forgotten-PIN reset it says so too, with the date, so a reset can't pass unnoticed.
 */
export function ManagedNotice({ status }: { status: LockStatus | undefined }) {
  const t = useT();
  const locale = useLocale((state) => state.locale);
  if (!status) return null;
  if (status.enabled) {
    return (
      <aside className="managed" role="note" aria-label={t('lock.managed.title')}>
        <strong>{t('lock.managed.title')}</strong> {t('lock.managed.sees')}
      </aside>
    );
  }
  if (status.resetAt) {
    const date = new Date(status.resetAt).toLocaleDateString(locale);
    return (
      <aside className="managed managed--reset" role="note" aria-label={t('lock.reset.notice', { date })}>
        {t('lock.reset.notice', { date })}
      </aside>
    );
  }
  return null;
}
