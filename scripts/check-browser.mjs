// Run before the end-to-end tests: fail early, and say how to get a browser when there is none.
import { findChromium } from './browser.mjs';

if (!findChromium()) {
  console.error(`
No Chromium found for the end-to-end tests.
Install one of these, then run npm test again:
  - Playwright's own:  npx playwright install chromium
  - Debian / Ubuntu:   sudo apt-get install chromium
  - any other Chromium: set CHROMIUM_PATH=/path/to/chromium
`);
  process.exit(1);
}
