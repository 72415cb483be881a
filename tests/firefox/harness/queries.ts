import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ElementHandle, JSHandle, Page } from 'puppeteer-core';
import { BidiElementHandle } from 'puppeteer-core/internal/bidi/ElementHandle.js';
import type { BidiFrame } from 'puppeteer-core/internal/bidi/Frame.js';

// Testing Library's own build for browsers, run in the page, so Firefox tests find things by
// role and label with the same rules as the component tests.
const libraryPath = join(dirname(createRequire(import.meta.url).resolve('@testing-library/dom/package.json')), 'dist/@testing-library/dom.umd.min.js');
const librarySource = readFileSync(libraryPath, 'utf8');

export type Matcher = string | RegExp;
type WireMatcher = string | { source: string; flags: string };
const wire = (matcher: Matcher): WireMatcher => (matcher instanceof RegExp ? { source: matcher.source, flags: matcher.flags } : matcher);

/** Testing Library's ByRole options that these tests use. */
export interface RoleOptions {
  name?: Matcher;
  /** A heading's level. */
  level?: number;
}

/** A document, an element or a shadow root, in the page. */
export type NodeHandle = JSHandle<Node> | ElementHandle<Node>;

type Query = 'queryAllByRole' | 'queryAllByLabelText' | 'queryAllByText';

/**
 * The page's main world. The library, the queries and the handles they return must share one
 * realm (Puppeteer runs its own selector queries in an isolated one), and the overlay's root
 * is handed over in this one. Puppeteer's internal types are a copy of its public ones, hence
 * the cast.
 */
function realm(page: Page): Pick<Page, 'evaluate' | 'evaluateHandle'> {
  return (page.mainFrame() as unknown as BidiFrame).mainRealm() as unknown as Pick<Page, 'evaluate' | 'evaluateHandle'>;
}

/**
 * Runs one of Testing Library's queryAllBy* queries inside `container` (a document, an element
 * or a shadow root) and returns the elements found.
 */
async function queryAll(page: Page, container: NodeHandle, query: Query, matcher: Matcher, options: RoleOptions = {}): Promise<ElementHandle<Element>[]> {
  // Evaluated as a script, which the extension pages' content security policy allows.
  if (!(await realm(page).evaluate(() => 'TestingLibraryDom' in globalThis))) await realm(page).evaluate(librarySource);
  const found = await container.evaluateHandle(
    (node, query, matcher, name, level) => {
      const unwire = (value: WireMatcher | undefined) => (value === undefined || typeof value === 'string' ? value : new RegExp(value.source, value.flags));
      const library = (globalThis as unknown as { TestingLibraryDom: Record<string, (...args: unknown[]) => Element[]> }).TestingLibraryDom;
      return library[query]!(node, unwire(matcher), { ...(name === undefined ? {} : { name: unwire(name) }), ...(level === undefined ? {} : { level }) });
    },
    query,
    wire(matcher),
    options.name === undefined ? undefined : wire(options.name),
    options.level,
  );
  const elements = [...(await found.getProperties()).values()].map((handle) => handle.asElement() as ElementHandle<Element>);
  await found.dispose();
  return elements;
}

export interface Queries {
  allByRole(role: string, options?: RoleOptions): Promise<ElementHandle<Element>[]>;
  /** Waits (5 s) until exactly one element has this role (and name), and returns it. */
  byRole(role: string, options?: RoleOptions): Promise<ElementHandle<Element>>;
  byLabelText(text: Matcher): Promise<ElementHandle<Element>>;
  byText(text: Matcher): Promise<ElementHandle<Element>>;
}

async function one(find: () => Promise<ElementHandle<Element>[]>, what: string): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + 5000;
  let found: ElementHandle<Element>[] = [];
  let failure: unknown;
  while (Date.now() < deadline) {
    // A page still loading (or navigating) may refuse a query; the next try may not.
    found = await find().catch((error: unknown) => {
      failure = error;
      return [];
    });
    if (found.length === 1) return found[0]!;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`expected one ${what}, found ${found.length}${failure ? ` (a query failed: ${String(failure)})` : ''}`);
}

/** Testing Library's queries, scoped to `container` (the page's document by default). */
export function within(page: Page, container?: () => Promise<NodeHandle>): Queries {
  const scope: () => Promise<NodeHandle> = container ?? (() => realm(page).evaluateHandle(() => document as Node));
  const all = async (query: Query, matcher: Matcher, options?: RoleOptions) => queryAll(page, await scope(), query, matcher, options);
  return {
    allByRole: (role, options) => all('queryAllByRole', role, options),
    byRole: (role, options) => one(() => all('queryAllByRole', role, options), `${role}${options?.name ? ` named ${options.name}` : ''}`),
    byLabelText: (text) => one(() => all('queryAllByLabelText', text), `field labelled ${text}`),
    byText: (text) => one(() => all('queryAllByText', text), `element with text ${text}`),
  };
}

/**
 * The shadow root of Sansi's overlay, closed to the page's own scripts. WebDriver BiDi hands
 * the test a reference to it (a node's serialisation carries its shadow root, open or closed),
 * so tests read and press what a person sees without any hook in the extension.
 */
export async function overlayRoot(page: Page): Promise<ElementHandle<Node>> {
  const host = await realm(page).evaluateHandle(() => document.querySelector('sansi-overlay'));
  const element = host.asElement() as unknown as BidiElementHandle<Element> | null;
  const remote = element?.remoteValue();
  const shadow = remote?.type === 'node' ? remote.value?.shadowRoot : undefined;
  await host.dispose();
  if (!shadow) throw new Error('no <sansi-overlay> with a shadow root in the page');
  return BidiElementHandle.from<Node>(shadow, (page.mainFrame() as unknown as BidiFrame).mainRealm()) as unknown as ElementHandle<Node>;
}

/** Queries inside Sansi's overlay: its card, its pause dialog. */
export function overlay(page: Page): Queries {
  return within(page, () => overlayRoot(page));
}

/** The norm ids of the highlights Sansi drew, in order, or [] before it drew any. */
export async function highlightedNorms(page: Page): Promise<string[]> {
  const root = await overlayRoot(page).catch(() => undefined);
  if (!root) return [];
  const ids = await root.evaluate((node) => [...(node as ShadowRoot).querySelectorAll('[data-sansi-flag]')].map((flag) => flag.getAttribute('data-sansi-flag')!));
  await root.dispose();
  return ids;
}

/** The first highlight of `normId`, to point at. */
export async function highlight(page: Page, normId: string): Promise<ElementHandle<Element>> {
  const root = await overlayRoot(page);
  const flag = await root.evaluateHandle((node, normId) => (node as ShadowRoot).querySelector(`[data-sansi-flag="${normId}"]`), normId);
  const element = flag.asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`no highlight of ${normId}`);
  return element;
}
