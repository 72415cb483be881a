import type { Severity } from '@/lib/matcher/types';
import type { Translate } from './i18n';

/** "2 · Hurtful": a severity among choices, with the one name the card gives it too. */
export function severityLabel(severity: Severity, t: Translate): string {
  return t('severity.level', { level: severity, name: t(`overlay.severity.${severity}`) });
}
