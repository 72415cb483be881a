import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every user-facing string comes from lib/i18n/messages.ts through t(). This reads the UI's
// source as TypeScript and reports words written straight into it: JSX text, string literals in
// JSX, user-facing attributes (aria-label, title, placeholder, alt, label), and, in the
// in-page overlay (built with DOM calls, not JSX), text given to textContent, setAttribute and
// the helpers that build its paragraphs and buttons.

const root = resolve('.');
// Everything the in-page overlay draws is built in lib/drafts/ui.
const overlayFiles = readdirSync(resolve('lib/drafts/ui'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `lib/drafts/ui/${name}`);

/** Strings that are the same in every language. */
const allowed = new Set([
  // A language's name is written in that language in every UI.
  '简体中文',
  'English',
]);

const userFacingAttributes = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** Overlay helpers whose first argument is shown to the user (lib/drafts/ui/elements.ts). */
const textHelpers = new Set(['paragraph', 'button']);

/** Letters (any script) make a string words; digits, punctuation and symbols (✎ ✕ · —) don't. */
const hasWords = (text: string): boolean => /\p{L}/u.test(text) && !allowed.has(text.trim());

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** The literal text of a string or template (its fixed parts), or null for anything else. */
function literalText(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isConditionalExpression(node)) {
    const parts = [literalText(node.whenTrue), literalText(node.whenFalse)].filter((part): part is string => part !== null);
    return parts.length ? parts.join(' ') : null;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return [literalText(node.left), literalText(node.right)].filter(Boolean).join(' ') || null;
  }
  return null;
}

export function findHardCoded(path: string, source = readFileSync(path, 'utf8')): Finding[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string): void => {
    if (!hasWords(text)) return;
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    findings.push({ file: relative(root, path), line: line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    // {'words'} or {cond ? 'a' : 'b'} as a child of an element.
    else if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text !== null) report(node, text);
    } else if (ts.isJsxAttribute(node) && userFacingAttributes.has(node.name.getText(file))) {
      const value = node.initializer;
      const text = value && ts.isJsxExpression(value) ? literalText(value.expression) : literalText(value);
      if (text !== null) report(node, text);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      // element.textContent = 'words' / element.title = 'words'
      const target = node.left;
      if (ts.isPropertyAccessExpression(target) && ['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel'].includes(target.name.text)) {
        const text = literalText(node.right);
        if (text !== null) report(node, text);
      }
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      const [first, second] = node.arguments;
      if (name === 'setAttribute' && first && userFacingAttributes.has(literalText(first) ?? '')) {
        const text = literalText(second);
        if (text !== null) report(node, text);
      } else if (textHelpers.has(name) || name === 'append' || name === 'prepend' || name === 'createTextNode') {
        const args = textHelpers.has(name) ? node.arguments.slice(0, 1) : node.arguments;
        for (const arg of args) {
          const text = literalText(arg);
          if (text !== null) report(arg, text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

const uiFiles = [...tsxFiles(join(root, 'components')), ...overlayFiles.map((file) => join(root, file))];

describe('no hard-coded user-facing strings', () => {
  it('scans the UI: every component and the overlay files', () => {
    expect(uiFiles.length).toBeGreaterThan(10);
  });

  it.each(uiFiles.map((file) => [relative(root, file), file]))('%s takes its words from t()', (_name, file) => {
    expect(findHardCoded(file)).toEqual([]);
  });

  // The checker itself: it must catch what it is for, and pass what is fine.
  it('finds words in JSX text, attributes, expressions and DOM calls', () => {
    const source = `
      const a = <p>Hello there</p>;
      const b = <input placeholder="Search" aria-label={'Find'} />;
      const c = <span>{ok ? 'Yes' : 'No'}</span>;
      el.textContent = 'Saved';
      el.setAttribute('aria-label', \`Close \${name}\`);
      card.append(paragraph('Why'), ' — ');
    `;
    expect(findHardCoded('x.tsx', source).map((finding) => finding.text)).toEqual(['Hello there', 'Search', 'Find', 'Yes No', 'Saved', 'Close', 'Why']);
  });

  it('passes t() calls, symbols, class names and language names', () => {
    const source = `
      const a = <p className="note" data-x="words here">{t('app.name')} · {count}</p>;
      const b = <button aria-label={t('x')}>✕</button>;
      const c = <option lang="zh-CN">简体中文</option>;
      el.textContent = \`“\${suggestion}”\`;
      el.setAttribute('role', 'dialog');
      item.append(strong, \` — \${t('y')}\`);
    `;
    expect(findHardCoded('x.tsx', source)).toEqual([]);
  });
});
