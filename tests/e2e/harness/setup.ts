import { afterEach, expect } from 'vitest';
import { takePageErrors } from './page-errors';

// Every e2e test fails on an uncaught exception in a page or an error Sansi logged there.
afterEach(() => {
  expect(takePageErrors()).toEqual([]);
});
