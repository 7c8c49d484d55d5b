/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Four projects, one per folder, so that each kind of test runs alone (`npm run test:unidad`…) and
// `npm test` (`vitest run`) runs them all. Each inherits what is set here and its own timeouts.
export default getViteConfig({
  test: {
    // What a browser or a local git server does may take seconds on a busy 2-core machine.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        // Functions and data: no build, no browser; the quick loop while coding.
        test: { name: 'unidad', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        // What `npm run build` left in dist/, read as it is.
        test: { name: 'dist', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
      },
      {
        // Copies of the project built with changed content: a build of a fixture project takes a while here.
        test: { name: 'copias', include: ['tests/copies/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 },
      },
      {
        // Chromium over the build served by nginx.
        test: { name: 'navegador', include: ['tests/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 },
      },
    ],
  },
});
