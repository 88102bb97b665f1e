import { defineConfig } from 'vitest/config';

// Node and happy-dom tests. Workers tests run inside workerd with their own config
// (vitest.workers.config.ts); browser tests drive headless Chromium from Node.
export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		exclude: ['test/workers/**', 'node_modules/**'],
		environment: 'node',
		testTimeout: 20_000,
		hookTimeout: 30_000,
	},
});
