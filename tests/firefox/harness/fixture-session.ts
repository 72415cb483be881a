import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { buildFixtures } from '../../e2e/harness/fixtures-build';
import { serveStatic, type StaticServer } from '../../e2e/harness/server';
import { launchFirefox, screenshotDir, type FirefoxSession, type LaunchOptions } from './session';

export interface FixtureSession {
  session: FirefoxSession;
  /** The e2e fixture pages on 127.0.0.1, where Sansi runs. */
  server: StaticServer;
}

/**
 * Per test file: builds the e2e fixture pages if they changed, serves them, launches Firefox
 * with the extension, and fails every test after which a request tried to leave the machine
 * or a page (Sansi's content script and pages included) threw or logged an error.
 */
export function useFirefoxSession(options: LaunchOptions = {}): FixtureSession {
  const state = {} as FixtureSession;
  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    state.server = await serveStatic(await buildFixtures());
    state.session = await launchFirefox(options);
  });
  afterAll(async () => {
    await state.session?.close();
    await state.server?.close();
  });
  afterEach(async () => {
    await state.session.collectErrors();
    // Emptied first, so one test's failure is not reported again by the tests after it.
    const stray = state.session.strayRequests.splice(0);
    const errors = state.session.errors.splice(0);
    expect(stray).toEqual([]);
    expect(errors).toEqual([]);
  });
  return state;
}
