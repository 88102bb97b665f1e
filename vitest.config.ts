import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Node and happy-dom tests. Workers tests run inside workerd with their own config
// (vitest.workers.config.ts); browser tests drive headless Chromium from Node.
export default defineConfig({
	// Tests import the emulator by package name, as a user would; here that name is the source.
	resolve: {
		alias: [
			{ find: /^klaviyo-edge$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
			// examples/ import the other entries by name too.
			{
				find: /^klaviyo-edge\/public$/,
				replacement: fileURLToPath(new URL('./src/public/index.ts', import.meta.url)),
			},
			{
				find: /^klaviyo-edge\/private$/,
				replacement: fileURLToPath(new URL('./src/private/index.ts', import.meta.url)),
			},
			{
				find: /^klaviyo-edge\/relay$/,
				replacement: fileURLToPath(new URL('./adapters/relay.ts', import.meta.url)),
			},
			{
				find: /^klaviyo-edge\/private$/,
				replacement: fileURLToPath(new URL('./src/private/index.ts', import.meta.url)),
			},
			{
				find: /^klaviyo-edge\/oauth$/,
				replacement: fileURLToPath(new URL('./src/oauth/index.ts', import.meta.url)),
			},
			{
				find: /^klaviyo-edge\/webhooks$/,
				replacement: fileURLToPath(new URL('./src/webhooks/index.ts', import.meta.url)),
			},
			{
				find: /^klaviyo-edge\/api$/,
				replacement: fileURLToPath(new URL('./src/api/index.ts', import.meta.url)),
			},
			{
				find: /^klaviyo-edge\/klaviyo-api$/,
				replacement: fileURLToPath(new URL('./src/klaviyo-api/index.ts', import.meta.url)),
			},
			{
				find: /^klaviyo-edge\/public$/,
				replacement: fileURLToPath(new URL('./src/public/index.ts', import.meta.url)),
			},
			{
				find: /^klaviyo-edge\/storefront$/,
				replacement: fileURLToPath(new URL('./src/public/storefront.ts', import.meta.url)),
			},
			{
				find: /^klaviyo-edge\/onsite$/,
				replacement: fileURLToPath(new URL('./src/onsite/index.ts', import.meta.url)),
			},
			{
				find: /^klaviyo-edge\/testing$/,
				replacement: fileURLToPath(new URL('./src/testing/index.ts', import.meta.url)),
			},
			{
				find: /^klaviyo-edge\/testing\/node$/,
				replacement: fileURLToPath(new URL('./src/testing/node.ts', import.meta.url)),
			},
		],
	},
	test: {
		include: ['test/**/*.test.ts'],
		exclude: ['test/workers/**', '**/node_modules/**'],
		environment: 'node',
		testTimeout: 20_000,
		hookTimeout: 30_000,
	},
});
