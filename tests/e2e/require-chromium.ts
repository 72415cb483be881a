// Run before the e2e tests: without a browser they must fail loudly, never skip silently.
import { findChromium, installHint } from './harness/chromium-path';

if (!findChromium()) {
  console.error(installHint);
  process.exit(1);
}
