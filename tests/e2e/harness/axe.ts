import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { evaluateBesidePage } from './overlay';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string;
  help: string;
  /** Where, and what to fix, one line a node. */
  nodes: string[];
}

/**
 * Runs axe-core over the page (shadow roots included, so Sansi's overlay too: it runs in
 * Playwright's world, where the harness opened the overlay's closed root) and returns every
 * violation, whatever its impact: a moderate one (content outside any landmark) is still a
 * barrier for someone. Evaluated rather than added as a <script>, which the
 * extension pages' content security policy would refuse.
 */
export async function axeViolations(page: Page, include?: string): Promise<Violation[]> {
  return evaluateBesidePage(page, async (include) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(include ? { include: [[include]] } : document, { resultTypes: ['violations'] });
    return results.violations
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact!,
        help: violation.help,
        nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
      }));
  }, include, `if (!('axe' in window)) {\n${axeSource}\n}`);
}

/**
 * Text in a shadow root (open to the harness) whose contrast with its background is under WCAG AA (4.5:1, or
 * 3:1 for large text). axe-core leaves the overlay's contrast "incomplete": its host is a fixed
 * 0×0 box, so axe can't tell what lies behind the text. The card and the dialog have opaque
 * backgrounds of their own, so the nearest ancestor's background is the one behind the text.
 */
export function lowContrastText(page: Page, host: string): Promise<string[]> {
  return evaluateBesidePage(page, (host) => {
    const rgb = (color: string): [number, number, number, number] => {
      const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return [r, g, b, color.startsWith('rgba') ? a : 1];
    };
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r!, g!, b!].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    const root = document.querySelector(host)?.shadowRoot;
    if (!root) return [`no ${host}`];
    const problems: string[] = [];
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      const text = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
      const style = getComputedStyle(element);
      if (!text || style.visibility === 'hidden' || element.getClientRects().length === 0 || style.clipPath !== 'none') continue;
      let behind: Element | null = element;
      let background = rgb(getComputedStyle(element).backgroundColor);
      while (background[3] === 0 && behind) {
        behind = behind.parentElement;
        background = behind ? rgb(getComputedStyle(behind).backgroundColor) : [255, 255, 255, 1];
      }
      const [fg, bg] = [luminance(rgb(style.color)), luminance(background)];
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) problems.push(`${element.localName}.${element.className} "${text.slice(0, 30)}": ${ratio.toFixed(2)}:1`);
    }
    return problems;
  }, host);
}
