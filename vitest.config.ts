import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests against upstream reference data kept outside the repository: `npm run test:reference`.
    exclude: ['test/reference/**', '**/node_modules/**'],
    testTimeout: 60_000,
  },
});
