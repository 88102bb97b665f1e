import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// These tests run inside workerd, the Cloudflare Workers runtime. The emulator runs in Node
// (globalSetup) and the tests reach it over loopback.
export default defineConfig({
	plugins: [cloudflareTest({ wrangler: { configPath: './test/workers/wrangler.jsonc' } })],
	// examples/worker imports the package by name, as a shop would; here that name is the source.
	resolve: {
		alias: [
			{ find: /^klaviyo-edge$/, replacement: new URL('./src/index.ts', import.meta.url).pathname },
			{
				find: 'klaviyo-edge/cloudflare',
				replacement: new URL('./adapters/cloudflare.ts', import.meta.url).pathname,
			},
			{
				find: 'klaviyo-edge/api',
				replacement: new URL('./src/api/index.ts', import.meta.url).pathname,
			},
			{
				find: /^klaviyo-edge\/klaviyo-api$/,
				replacement: new URL('./src/klaviyo-api/index.ts', import.meta.url).pathname,
			},
			{
				find: 'klaviyo-edge/private',
				replacement: new URL('./src/private/index.ts', import.meta.url).pathname,
			},
			{
				find: /^klaviyo-edge\/oauth$/,
				replacement: new URL('./src/oauth/index.ts', import.meta.url).pathname,
			},
			{
				find: /^klaviyo-edge\/webhooks$/,
				replacement: new URL('./src/webhooks/index.ts', import.meta.url).pathname,
			},
			{
				find: /^klaviyo-edge\/testing$/,
				replacement: new URL('./src/testing/index.ts', import.meta.url).pathname,
			},
			{
				find: /^klaviyo-edge\/testing\/node$/,
				replacement: new URL('./src/testing/node.ts', import.meta.url).pathname,
			},
		],
	},
	test: {
		include: ['test/workers/**/*.test.ts'],
		globalSetup: ['test/workers/global-setup.ts'],
		testTimeout: 20_000,
	},
});
