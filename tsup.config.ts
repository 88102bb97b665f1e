import { defineConfig } from 'tsup';

export default defineConfig([
	{
		// The npm package: ESM + CJS + types for every subpath.
		entry: {
			index: 'src/index.ts',
			'public/index': 'src/public/index.ts',
			'private/index': 'src/private/index.ts',
			'relay/index': 'adapters/relay.ts',
			'cloudflare/index': 'adapters/cloudflare.ts',
			'deno/index': 'adapters/deno.ts',
			'bun/index': 'adapters/bun.ts',
			'node/index': 'adapters/node.ts',
			'testing/index': 'src/testing/index.ts',
			'testing/node': 'src/testing/node.ts',
		},
		format: ['esm', 'cjs'],
		dts: true,
		clean: true,
		treeshake: true,
		splitting: true,
		target: 'es2022',
		platform: 'neutral',
	},
	{
		// One self-contained, minified ESM file of the public entry for `<script type=module>` from a CDN.
		entry: { 'browser/klaviyo-edge': 'src/public/index.ts' },
		format: ['esm'],
		minify: true,
		treeshake: true,
		target: 'es2020',
		platform: 'browser',
		outExtension: () => ({ js: '.min.js' }),
	},
]);
