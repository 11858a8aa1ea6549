import { defineConfig } from 'vitest/config';

// `npm run test:reference`: the release schemas against upstream's CRDs, which the repository may
// not hold; they are read from CMAPI_REFERENCE_CRDS, or from `../shared/crds` beside the project.
export default defineConfig({
  test: {
    include: ['test/reference/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
