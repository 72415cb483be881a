// The page-world API of the fixture pages, for tests' page.evaluate callbacks.
import type { FixtureApi } from '../fixtures/editors/_fixture';

declare global {
  interface Window {
    fixture: FixtureApi;
  }
}
