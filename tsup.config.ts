import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

const SPEC_FILES = ['client', 'data_privacy', 'events', 'lists', 'metrics', 'profiles', 'segments'];

/**
 * klaviyo-edge/testing carries Klaviyo's spec (1.2 MB of JSON, 650 KB minified). Shipped as
 * modules it would be ~1.2 MB in each of the ESM and CJS builds; gzipped and base64'd it is
 * ~0.1 MB each, inflated on the emulator's first request with DecompressionStream (Node, Deno,
 * Bun, workerd and browsers all have it). Same readDocuments() as the source module.
 */
const compressedSpec: Plugin = {
	name: 'compressed-spec',
	setup(build) {
		build.onLoad({ filter: /src[\\/]testing[\\/]emulator[\\/]spec-documents\.ts$/ }, () => {
			const documents = Object.fromEntries(
				SPEC_FILES.map((file) => [file, JSON.parse(readFileSync(`spec/klaviyo/${file}.json`, 'utf8'))]),
			);
			const gzipped = gzipSync(JSON.stringify(documents), { level: 9 }).toString('base64');
			return {
				loader: 'js',
				contents: `const GZIPPED = '${gzipped}';
export async function readDocuments() {
	const bytes = Uint8Array.from(atob(GZIPPED), (c) => c.charCodeAt(0));
	const json = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
	return new Response(json).json();
}`,
			};
		});
	},
};

export default defineConfig([
	{
		// The npm package: ESM + CJS + types for every subpath.
		entry: {
			index: 'src/index.ts',
			'public/index': 'src/public/index.ts',
			'storefront/index': 'src/public/storefront.ts',
			'onsite/index': 'src/onsite/index.ts',
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
		esbuildPlugins: [compressedSpec],
		// The few valibot functions in use, bundled and tree-shaken: importing all of valibot (200 KB of
		// ESM) was most of the private entry's import time (~30 ms of ~40 ms on Node 20).
		noExternal: ['valibot'],
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
	{
		// klaviyo-edge/onsite as a classic script for `<script async src="…?company_id=ABC123">`, in
		// place of klaviyo.js: self-contained, minified, installs itself (src/onsite/script.ts).
		entry: { 'browser/klaviyo-edge-onsite': 'src/onsite/script.ts' },
		format: ['iife'],
		minify: true,
		treeshake: true,
		target: 'es2020',
		platform: 'browser',
		outExtension: () => ({ js: '.min.js' }),
	},
]);
