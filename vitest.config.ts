import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests start real builds and validators (Java EPUBCheck takes a few seconds).
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
