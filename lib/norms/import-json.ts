import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { NormsList } from './format';
import { failed, lineIndex, type ImportProblem, type ImportResult } from './import-result';
import { problem } from './problems';
import { duplicateIds, listHeaderProblems, termProblems } from './validate';

function property(root: Node, name: string): Node | undefined {
  return root.children?.find((child) => child.children?.[0]?.value === name)?.children?.[1];
}

/** Reads the sansi-norms JSON format; every problem is reported with its line. */
export function importJson(text: string): ImportResult {
  const lineOf = lineIndex(text);
  const syntax: ParseError[] = [];
  const root = parseTree(text, syntax, { disallowComments: true, allowTrailingComma: false });
  if (syntax.length > 0 || !root) {
    return failed(syntax.map((error) => ({ line: lineOf(error.offset), ...problem('norms.problem.brokenJson', { detail: printParseErrorCode(error.error) }) })));
  }
  if (root.type !== 'object') return failed([{ line: 1, ...problem('norms.problem.notObject') }]);
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
