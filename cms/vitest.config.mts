import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/int/**/*.int.spec.ts'],
    globalSetup: ['./tests/globalSetup.ts'],
    setupFiles: ['./tests/useTestDatabase.ts'],
    // One Payload instance at a time: specs share the seeded database and the machine has 2 cores.
    fileParallelism: false,
    hookTimeout: 120_000,
    testTimeout: 30_000,
  },
})
