import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { NormsList } from './format';
import { failed, lineIndex, type ImportProblem, type ImportResult } from './import-result';
import { problem } from './problems';
import { duplicateIds, listHeaderProblems, termProblems } from './validate';

/**
 * The deepest a norms file may nest (a list needs five levels: list, rewrites, category, rewrite,
 * phrases). Checked before parsing, in one pass: the parser recurses per level, and a file
 * nested 200,000 deep overflowed its stack.
 */
export const MAX_DEPTH = 16;

/** The offset where `text` first nests deeper than `max` (outside strings), or -1. */
export function tooDeepAt(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}

/** The first key that an object of the tree holds twice, with its node: JSON.parse would keep
 * the last silently, so the page's check and the background's could disagree. */
function duplicateKey(root: Node): Node | undefined {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const keys = new Set<string>();
      for (const child of node.children ?? []) {
        const key = child.children?.[0];
        if (typeof key?.value !== 'string') continue;
        if (keys.has(key.value)) return key;
        keys.add(key.value);
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return undefined;
}

function property(root: Node, name: string): Node | undefined {
  return root.children?.find((child) => child.children?.[0]?.value === name)?.children?.[1];
}

/** Reads the sansi-norms JSON format; every problem is reported with its line. */
export function importJson(text: string): ImportResult {
  const lineOf = lineIndex(text);
  const deep = tooDeepAt(text, MAX_DEPTH);
  if (deep >= 0) return failed([{ line: lineOf(deep), ...problem('norms.problem.tooDeep', { max: MAX_DEPTH }) }]);
  const syntax: ParseError[] = [];
  const root = parseTree(text, syntax, { disallowComments: true, allowTrailingComma: false });
  if (syntax.length > 0 || !root) {
    return failed(syntax.map((error) => ({ line: lineOf(error.offset), ...problem('norms.problem.brokenJson', { detail: printParseErrorCode(error.error) }) })));
  }
  if (root.type !== 'object') return failed([{ line: 1, ...problem('norms.problem.notObject') }]);
  const repeated = duplicateKey(root);
  if (repeated) return failed([{ line: lineOf(repeated.offset), ...problem('norms.problem.duplicateKey', { key: String(repeated.value) }) }]);
  const value = getNodeValue(root) as Record<string, unknown>;
  const problems: ImportProblem[] = listHeaderProblems(value).map((header) => {
    const node = header.field ? property(root, header.field) : undefined;
    return { line: lineOf(node?.offset ?? 0), ...header };
  });
  if (problems.length > 0) return failed(problems);

  const termNodes = property(root, 'terms')?.children ?? [];
  const terms = value.terms as NormsList['terms'];
  termNodes.forEach((node, index) => {
    for (const found of termProblems(terms[index])) problems.push({ line: lineOf(node.offset), term: index + 1, ...found });
  });
  for (const index of duplicateIds(terms)) {
    problems.push({ line: lineOf(termNodes[index]?.offset ?? 0), ...problem('norms.problem.duplicateId', { id: terms[index]!.id }) });
  }
  if (problems.length > 0) return failed(problems.sort((a, b) => a.line - b.line));
  return { ok: true, list: value as unknown as NormsList };
}
