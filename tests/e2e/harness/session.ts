import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchWithExtension, screenshotDir, type ExtensionSession } from './extension';
import { buildFixtures } from './fixtures-build';
import { serveStatic, type StaticServer } from './server';

export interface FixtureSession {
  session: ExtensionSession;
  /** The built fixtures on 127.0.0.1, where Sansi runs. */
  server: StaticServer;
  /** The same fixtures on [::1], where the content script does not run. */
  plain: StaticServer;
}

/**
 * Per test file: builds the fixture pages if they changed, serves them, launches Chromium with
 * the extension, and fails every test that let a request leave the machine.
 */
export function useFixtureSession(): FixtureSession {
  const state = {} as FixtureSession;
  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const root = await buildFixtures();
    state.server = await serveStatic(root);
    state.plain = await serveStatic(root, '::1');
    state.session = await launchWithExtension();
  });
  afterAll(async () => {
    await state.session?.close();
    await state.server?.close();
    await state.plain?.close();
  });
  afterEach(() => {
    expect(state.session.strayRequests).toEqual([]);
  });
  return state;
}
