// Finds a Chromium for Playwright: its own download where installed, else the system's.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * Launch flags for a system Chromium: the sandbox needs privileges CI lacks, the network beyond
 * loopback is closed, and the full browser's omnibox pages (loaded by new headless mode in every
 * new page) would compete with the page under test for the CPU.
 */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

/** The executable to launch, or undefined to let Playwright use its own browser. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return { path: process.env.CHROMIUM_PATH, own: false };
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, own: true };
  } catch {
    // Playwright's browser is not installed: fall through to the system's.
  }
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  return system ? { path: system, own: false } : null;
}
