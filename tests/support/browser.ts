// What the browser tests share on top of scripts/herramientas/ (Chromium, nginx): vitest hooks, axe-core, watchers.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '#/scripts/herramientas/navegador.ts';
import { serveSite, type LocalServer } from '#/scripts/herramientas/servidor.ts';

/**
 * Chromium and the built site served by nginx, started before a test file's tests and closed
 * after them: `const env = browserAndSite();` then `env.browser`, `env.site.url`.
 */
export function browserAndSite(): { browser: Browser; site: LocalServer } {
  const env = {} as { browser: Browser; site: LocalServer };
  beforeAll(async () => {
    [env.browser, env.site] = await Promise.all([launchBrowser(), serveSite()]);
  });
  afterAll(async () => {
    await env.browser.close();
    await env.site.close();
  });
  return env;
}

/**
 * Records every Content-Security-Policy violation the page reports, from the page's own
 * `securitypolicyviolation` events and from the console (workers report there). Given a browser context, it
 * watches every page of it, windows the page opens included.
 */
export async function watchCspViolations(page: Page | BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const onConsole = (message: ConsoleMessage) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  };
  if ('newPage' in page) page.on('console', onConsole);
  else page.on('console', onConsole);
  return violations;
}

/** WCAG 2.x A and AA rules, as the quality bar asks. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's violations on the page as it is now, one readable line each. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  );
}

/** Hosts a page contacted that are not the site itself. */
export function watchThirdPartyRequests(page: Page, siteUrl: string): string[] {
  const origin = new URL(siteUrl).origin;
  const hosts: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) hosts.push(url.host);
  });
  return hosts;
}
