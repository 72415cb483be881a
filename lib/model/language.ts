// Which model reads a draft: Chinese when Han characters make up a fair share of its letters
// (Chinese drafts often carry Latin abbreviations such as `nmsl`), English when it has Latin
// letters, neither when it has no letters at all.
import type { ModelLanguage } from './codec';

/**
 * Detects the draft's language for routing to a model: `'zh'` when Han characters are at
 * least a quarter of the Han + Latin letters, `'en'` when there are Latin letters, else `null`.
 *
 * @example
 * detectLanguage('某地人就没一个老实的'); // 'zh'
 * detectLanguage('people like you ruin every thread'); // 'en'
 * detectLanguage('nmsl 你们这些人'); // 'zh'
 * detectLanguage('🙂 123'); // null
 */
export function detectLanguage(text: string): ModelLanguage | null {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) latin++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) latin++;
  }
  if (han > 0 && han * 3 >= latin) return 'zh';
  if (latin > 0) return 'en';
  return han > 0 ? 'zh' : null;
}
