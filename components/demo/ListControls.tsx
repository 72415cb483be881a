import { useEffect } from 'react';
import { exportJson } from '@/lib/norms/export';
import { useT } from '../i18n';
import { download } from '../files/download';
import { ImportErrors } from '../files/ImportErrors';
import { NormsFilePicker } from '../files/NormsFilePicker';
import { parseNormsFile } from '../files/parse-file';
import { readFileBytes } from '../files/read-file';
import { demoNorms } from './demo-norms';
import { exportFileName } from './export-name';
import { loadClassList } from './saved-list';
import { useDemoStore, type ListSource } from './store';

/** Which list the demo uses, loading a class list from a file, and exporting it to hand out. */
export function ListControls() {
  const t = useT();
  const { source, fileList, loadErrors, setSource, loadList, setLoadErrors } = useDemoStore();

  useEffect(() => {
    // The class list loaded in an earlier lesson, unless one was loaded since the page opened.
    let live = true;
    loadClassList()
      .then((saved) => {
        if (live && saved && !useDemoStore.getState().fileList) useDemoStore.getState().restoreList(saved);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const load = async (file: File) => {
    const result = await parseNormsFile(await readFileBytes(file, () => undefined), file.name);
    if (result.ok) loadList(result.list);
    else setLoadErrors(result.errors);
  };
  const exportList = () => {
    const { list } = demoNorms(source, fileList);
    download(exportFileName(list), exportJson(list), 'application/json');
  };

  return (
    <div className="demo-lists">
      <label>
        {t('demo.list.label')}{' '}
        <select value={source} onChange={(event) => setSource(event.target.value as ListSource)}>
          <option value="general">{t('demo.list.general')}</option>
          <option value="classroom">{t('preset.classroom')}</option>
          {fileList && <option value="file">{fileList.name}</option>}
        </select>
      </label>
      <NormsFilePicker label={t('demo.list.load')} onFile={(file) => void load(file)} />
      <button type="button" onClick={exportList}>
        {t('demo.list.export')}
      </button>
      {loadErrors && <ImportErrors errors={loadErrors} />}
    </div>
  );
}
