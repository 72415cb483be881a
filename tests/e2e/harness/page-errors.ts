import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { revealOverlay } from './overlay';

/**
 * What went wrong in the pages of every browser the e2e tests launched, since the last test
 * ended: any uncaught exception in a page (its own world, or a content script's), and any
 * console error or warning that Sansi logged (from its content script's world or its own
 * pages). The e2e setup fails each test that leaves one here (tests/e2e/harness/setup.ts): a
 * page that works only while exceptions fly past it is not working. Read through the DevTools
 * protocol rather than Playwright's `pageerror` event, which reports the page's main world only
 * and would miss an exception thrown in the content script's isolated world.
 */
const seen: string[] = [];

/** The errors recorded since the last call, emptied. */
export function takePageErrors(): string[] {
  return seen.splice(0);
}

interface ContextInfo {
  origin: string;
  auxData?: { type?: string };
}

function describe(details: { text: string; exception?: { description?: string }; url?: string }): string {
  return `${details.exception?.description ?? details.text}${details.url ? ` (${details.url})` : ''}`;
}

/** Watches one page: its errors (see above), and the harness's view into Sansi's overlay. */
async function watchPage(page: Page, extensionOrigin: string): Promise<void> {
  let cdp: CDPSession;
  try {
    cdp = await page.context().newCDPSession(page);
  } catch {
    return; // closed before it could be watched
  }
  const contexts = new Map<number, ContextInfo>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context as ContextInfo));
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    seen.push(`uncaught in ${page.url()}: ${describe(exceptionDetails)}`);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId, stackTrace }) => {
    if (type !== 'error' && type !== 'warning' && type !== 'assert') return;
    const fromSansi =
      contexts.get(executionContextId)?.origin === extensionOrigin || (stackTrace?.callFrames ?? []).some((frame) => frame.url.startsWith(extensionOrigin));
    if (!fromSansi) return;
    const text = args.map((arg) => (arg.value !== undefined ? String(arg.value) : (arg.description ?? arg.type))).join(' ');
    seen.push(`console.${type} from Sansi in ${page.url()}: ${text}`);
  });
  await revealOverlay(cdp).catch(() => undefined);
}

/** Watches every page of the browser, those open now and those opened later. */
export function watchPageErrors(context: BrowserContext, extensionId: string): void {
  const origin = `chrome-extension://${extensionId}`;
  for (const page of context.pages()) void watchPage(page, origin);
  context.on('page', (page) => void watchPage(page, origin));
}
