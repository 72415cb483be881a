import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Live queries go through fake-indexeddb's async machinery; on a loaded 2-core CI box the
// default 1 s for findBy* is tight.
configure({ asyncUtilTimeout: 4000 });

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
});
