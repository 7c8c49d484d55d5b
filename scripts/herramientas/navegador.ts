// The browser the bench and the tests drive: Debian's Chromium, never one a tool downloads.
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium with the flags this closed network needs (and `extraArgs`); no test tool downloads a browser. */
export const launchBrowser = (extraArgs: string[] = []): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...extraArgs,
    ],
  });
