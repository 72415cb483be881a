import type { CDPSession, Locator, Page } from 'playwright-core';

/** The highlights Sansi drew (reachable once `revealOverlay` opened the harness's view in). */
export function highlights(page: Page): Locator {
  return page.locator('sansi-overlay [data-sansi-flag]');
}

/** The norm ids of the highlights drawn in the page's main frame, sorted. */
export function flaggedNorms(page: Page): Promise<string[]> {
  return evaluateBesidePage(
    page,
    () => [...(document.querySelector('sansi-overlay')?.shadowRoot?.querySelectorAll('[data-sansi-flag]') ?? [])].map((span) => span.getAttribute('data-sansi-flag') ?? '').sort(),
    null,
  );
}

// Playwright evaluates its locators in a world of its own, named so.
const UTILITY_WORLD = '__playwright_utility_world_';
const BINDING = '__sansiHarnessOverlayAppeared';

interface Context {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

/**
 * Lets the tests' locators into Sansi's overlay, whose shadow root is closed, without opening it
 * to the page. Playwright's CSS and role engines follow `element.shadowRoot`; in Playwright's
 * own isolated world only, this gives the `<sansi-overlay>` host an own `shadowRoot` property
 * that returns its closed root (found through the DevTools protocol, which sees closed roots).
 * The page's world and Sansi's are untouched: a page still reads `null`, as the attack tests
 * check. Each utility world watches for the host and asks the harness to open it as it appears.
 */
export async function revealOverlay(cdp: CDPSession): Promise<void> {
  const worlds = new Map<number, Context>();
  const reveal = async (contextId: number): Promise<void> => {
    try {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: `(() => { const host = document.querySelector('sansi-overlay'); return host && !Object.hasOwn(host, 'shadowRoot') ? host : null; })()`,
        contextId,
      });
      if (!result.objectId) return;
      const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: 0, pierce: true });
      const root = node.shadowRoots?.[0];
      if (!root) return;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, executionContextId: contextId });
      await cdp.send('Runtime.callFunctionOn', {
        objectId: result.objectId,
        functionDeclaration: 'function (root) { Object.defineProperty(this, "shadowRoot", { get: () => root, configurable: true }); }',
        arguments: [{ objectId: object.objectId }],
      });
    } catch {
      // The frame navigated or closed meanwhile: its next world starts over.
    }
  };
  const bound = new Set<string>();
  const watch = async (context: Context): Promise<void> => {
    worlds.set(context.id, context);
    if (!bound.has(context.name)) {
      bound.add(context.name);
      await cdp.send('Runtime.addBinding', { name: BINDING, executionContextName: context.name }).catch(() => undefined);
    }
    await cdp
      .send('Runtime.evaluate', {
        contextId: context.id,
        expression: `(() => {
          const call = () => { if (document.querySelector('sansi-overlay')) globalThis.${BINDING}?.(''); };
          const watchRoot = () => document.documentElement && new MutationObserver(call).observe(document.documentElement, { childList: true });
          if (document.documentElement) watchRoot(); else document.addEventListener('readystatechange', watchRoot, { once: true });
        })()`,
      })
      .catch(() => undefined);
    // Drawn before this world was watched.
    await reveal(context.id);
  };
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if ((context as Context).name.startsWith(UTILITY_WORLD)) void watch(context as Context);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  cdp.on('Runtime.bindingCalled', ({ name, executionContextId }) => {
    if (name === BINDING && worlds.has(executionContextId)) void reveal(executionContextId);
  });
  await cdp.send('Runtime.enable');
}

/**
 * Evaluates `fn(arg)` in Playwright's own world of the page's main frame, where Sansi's overlay
 * is open to the harness (see `revealOverlay`), for what a locator cannot do (axe, the focused
 * element inside the overlay). `fn` must be self-contained, as for `page.evaluate`.
 */
export function evaluateBesidePage<Arg, Result>(page: Page, fn: (arg: Arg) => Result | Promise<Result>, arg: Arg, prelude = ''): Promise<Result> {
  return evaluateExpression(page, `${prelude}\n;(${fn.toString()})(${JSON.stringify(arg)})`) as Promise<Result>;
}

async function evaluateExpression(page: Page, expression: string): Promise<unknown> {
  // Playwright makes its world when it first needs it.
  await page.locator('html').count();
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const contexts: Context[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as Context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((context) => context.name.startsWith(UTILITY_WORLD) && context.auxData?.frameId === frameTree.frame.id);
    if (!world) throw new Error(`no Playwright world in ${page.url()}`);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
