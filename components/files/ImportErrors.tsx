import { describeImportProblem, type ImportProblem } from '@/lib/norms/import-result';
import { useLocale, useT } from '../i18n';

/** Why a norms file was rejected, line by line (line 0: the file as a whole). */
export function ImportErrors({ errors }: { errors: readonly ImportProblem[] }) {
  const t = useT();
  const locale = useLocale((state) => state.locale);
  return (
    <div role="alert" className="import-errors">
      <p>{t('options.import.failed')}</p>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            <strong>{error.line > 0 ? t('options.import.line', { line: error.line }) : t('options.import.file')}</strong>
            {t('colon')}
            {describeImportProblem(error, locale)}
          </li>
        ))}
      </ul>
    </div>
  );
}
