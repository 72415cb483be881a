import { importCsv, importPlain } from './import-lines';
import { importJson } from './import-json';
import { failed, type ImportResult } from './import-result';
import { problem } from './problems';
import { MAX_NAME_LENGTH } from './validate';

/** Larger files are not norms lists; refusing early keeps the page responsive. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Decodes strict UTF-8, or names the first line that is not UTF-8. */
function decodeUtf8(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const strict = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        strict.decode(bytes.subarray(start, i));
      } catch {
        return { badLine: line };
      }
      line++;
      start = i + 1;
    }
    return { badLine: 0 };
  }
}

function baseName(fileName: string): string {
  // A list name is at most MAX_NAME_LENGTH UTF-16 units, as validation counts; cut between
  // characters, never inside a surrogate pair.
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'Imported list';
  let cut = '';
  for (const char of name) {
    if (cut.length + char.length > MAX_NAME_LENGTH) break;
    cut += char;
  }
  return cut;
}

/**
 * Reads a norms file a person chose: the sansi-norms JSON format, CSV
 * (`term,category,severity,suggestion`) or a plain list, one term a line. A bad file is rejected
 * whole, with problems that name their line.
 */
export function importNormsFile(bytes: Uint8Array, fileName: string): ImportResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return failed([{ line: 0, ...problem('norms.problem.tooBig', { size: (bytes.length / 1048576).toFixed(1), max: MAX_FILE_BYTES / 1048576 }) }]);
  }
  const decoded = decodeUtf8(bytes);
  if ('badLine' in decoded) return failed([{ line: decoded.badLine, ...problem('norms.problem.notUtf8') }]);
  const text = decoded.text.replace(/^\uFEFF/, '');
  const name = baseName(fileName);
  if (/\.json$/i.test(fileName) || text.trimStart().startsWith('{')) return importJson(text);
  if (/\.csv$/i.test(fileName)) return importCsv(text, name);
  return importPlain(text, name);
}
