import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// These tests run inside workerd, the Cloudflare Workers runtime. The emulator runs in Node
// (globalSetup) and the tests reach it over loopback.
export default defineConfig({
	plugins: [cloudflareTest({ wrangler: { configPath: './test/workers/wrangler.jsonc' } })],
	test: {
		include: ['test/workers/**/*.test.ts'],
		globalSetup: ['test/workers/global-setup.ts'],
		testTimeout: 20_000,
	},
});
