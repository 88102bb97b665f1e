import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { writeIntegrity } from './scripts/cdn.js';

/**
 * What the emulator never reads, left out of the shipped spec: `example(s)` (sample data) and the
 * prose `description` of component schemas (operation and parameter descriptions stay: payload
 * limits, rate limits, filter fields and id formats are read from them), and `x-readme`.
 */
function slim(node: unknown, inSchemas = false): unknown {
	if (Array.isArray(node)) return node.map((item) => slim(item, inSchemas));
	if (!node || typeof node !== 'object') return node;
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(node)) {
		if (key === 'x-readme') continue;
		if (inSchemas && (key === 'example' || key === 'examples')) continue;
		if (inSchemas && key === 'description' && typeof value === 'string') continue;
		out[key] = slim(value, inSchemas);
	}
	return out;
}

/**
 * klaviyo-edge/testing carries Klaviyo's whole stable spec (3 MB of JSON). Shipped as a module it
 * would be ~1.6 MB in each of the ESM and CJS builds; slimmed, gzipped and base64'd it is ~0.14 MB
 * each, inflated on the emulator's first request with DecompressionStream (Node, Deno, Bun,
 * workerd and browsers all have it). Same readDocument() as the source module.
 */
const compressedSpec: Plugin = {
	name: 'compressed-spec',
	setup(build) {
		build.onLoad({ filter: /src[\\/]testing[\\/]emulator[\\/]spec-documents\.ts$/ }, () => {
			const spec = JSON.parse(readFileSync('spec/klaviyo/stable.json', 'utf8'));
			const slimmed = { ...(slim(spec) as Record<string, unknown>), components: slim(spec.components, true) };
			const gzipped = gzipSync(JSON.stringify(slimmed), { level: 9 }).toString('base64');
			return {
				loader: 'js',
				contents: `const GZIPPED = '${gzipped}';
export async function readDocument() {
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
			'oauth/index': 'src/oauth/index.ts',
			'webhooks/index': 'src/webhooks/index.ts',
			'api/index': 'src/api/index.ts',
			'klaviyo-api/index': 'src/klaviyo-api/index.ts',
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
		// @noble/hashes' SHA-256, for klaviyo-api's synchronous Pkce.generateCodes, likewise.
		noExternal: ['valibot', '@noble/hashes'],
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
		// dist/browser/integrity.json: the file's sha384, which README's CDN snippet pins (npm run readme:cdn).
		onSuccess: async () => {
			writeIntegrity();
		},
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
