/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds of fixture projects take a while on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // What a browser or a local git server does may take seconds on a busy 2-core machine.
    expect: { poll: { timeout: 15_000 } },
  },
});
