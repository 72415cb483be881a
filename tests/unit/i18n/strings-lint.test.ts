import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusalText } from '@/components/refusal-text';
import { en, format, zhCN, type MessageKey } from '@/lib/i18n/messages';

// The words themselves, linted: Chinese punctuation in Chinese text, one name for each severity
// and category on every page, no program codes shown to a person, and none of the small slips a
// reader notices (a space after 。).

const cjk = '\\u3400-\\u9fff\\uf900-\\ufaff';
const entries = (table: Record<string, string>) => Object.entries(table) as [MessageKey, string][];

/** Source files under `dir` (recursively) whose names end with one of `endings`. */
function sourceFiles(dir: string, endings: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path, endings);
    return endings.some((ending) => entry.name.endsWith(ending)) ? [path] : [];
  });
}
const uiSources = [...sourceFiles('components', ['.tsx', '.ts']), ...sourceFiles('entrypoints', ['.tsx', '.ts'])];

describe('Chinese strings', () => {
  it('use full-width punctuation after Chinese text', () => {
    const halfWidth = new RegExp(`[${cjk}][:,;?!(]`);
    expect(entries(zhCN).filter(([, text]) => halfWidth.test(text))).toEqual([]);
  });

  it('have no space after a full stop, a comma or a colon of their own', () => {
    expect(entries(zhCN).filter(([, text]) => /[。，：；！？] /.test(text))).toEqual([]);
  });

  it('get no half-width punctuation glued on in the code that shows them', () => {
    // `{t('demo.how.why')}: {note}` reads "为什么可能伤人: …" in Chinese: the colon belongs in the message.
    const glued = /(\{t\([^)]*\)\}|\$\{t\([^)]*\)\})[:;,]/;
    const findings = uiSources.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ file, line: index + 1, text: line.trim() }))
        .filter(({ text }) => glued.test(text)),
    );
    expect(findings).toEqual([]);
  });
});

describe('names of severities and categories', () => {
  it('are each defined once, and every page says them through that one key', () => {
    const keys = Object.keys(en);
    for (const [kind, pattern] of [
      ['severity', /(^|\.)severity\.(\d)$/],
      ['category', /(^|\.)category\.([a-z-]+)$/],
    ] as const) {
      const byName = new Map<string, string[]>();
      for (const key of keys) {
        const found = key.match(pattern);
        if (found) byName.set(found[2]!, [...(byName.get(found[2]!) ?? []), key]);
      }
      expect(byName.size, kind).toBeGreaterThan(0);
      for (const [name, defined] of byName) expect(defined, `${kind} ${name}`).toHaveLength(1);
    }
  });

  it('are the card’s names in the options and the demo too', () => {
    for (const level of [1, 2, 3] as const) {
      for (const table of [en, zhCN]) {
        expect(format(table['severity.level'], { level, name: table[`overlay.severity.${level}`] })).toBe(`${level} · ${table[`overlay.severity.${level}`]}`);
      }
    }
    expect(zhCN['overlay.severity.1']).toBe('不礼貌');
  });
});

describe('codes', () => {
  it('are never a placeholder a message shows as it is', () => {
    const codeLike = /\{(message|code|error|reason)\}/;
    expect(entries(en).filter(([, text]) => codeLike.test(text))).toEqual([]);
    expect(entries(zhCN).filter(([, text]) => codeLike.test(text))).toEqual([]);
  });

  it('of every refusal in the background reach the reader as a sentence in both languages', () => {
    // Every reason the background can refuse with, read from its source: `new Refusal('…')`,
    // and the PIN problems it passes on.
    const reasons = new Set<string>();
    for (const file of sourceFiles('lib', ['.ts'])) {
      const source = readFileSync(file, 'utf8');
      for (const found of source.matchAll(/new Refusal\((['`])((?:(?!\1).)*)\1\)/g)) reasons.add(found[2]!.replace(/\$\{[^}]*\}/g, 'x'));
      for (const found of source.matchAll(/return '(pin\.[a-zA-Z]+)'/g)) reasons.add(found[1]!);
    }
    expect(reasons.size).toBeGreaterThan(3);
    for (const table of [en, zhCN]) {
      const t = (key: MessageKey, params?: Record<string, string | number>) => format(table[key], params);
      for (const reason of reasons) {
        const text = refusalText(new Error(reason), t);
        expect(text, reason).not.toBe(table['refusal.other']);
        // A code (`locked`, `pin.tooShort`) never shows as it is.
        expect(text, reason).not.toBe(reason);
        if (reason.includes('.') && !reason.includes(' ')) expect(text, reason).not.toContain(reason);
        if (table === zhCN && /^[a-z.A-Z]+$/.test(reason)) expect(text, reason).not.toContain(reason);
      }
    }
  });
});
