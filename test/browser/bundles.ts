/**
 * Builds of the storefront surfaces for Chromium tests, from source with esbuild: the onsite
 * script as the browser build ships it (a classic script that installs itself), and one ESM
 * module with klaviyo-edge/public and klaviyo-edge/storefront for pages that import them.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const source = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

/** dist/browser/klaviyo-edge-onsite.min.js, built from source. */
export async function buildOnsiteScript(): Promise<string> {
	const result = await build({
		entryPoints: [source('onsite/script.ts')],
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: 'es2020',
		write: false,
	});
	return result.outputFiles[0]!.text;
}

/** `klaviyo-edge/public` and `klaviyo-edge/storefront` as one ESM file. */
export async function buildStorefrontModule(): Promise<string> {
	const result = await build({
		stdin: {
			contents: `export * from ${JSON.stringify(source('public/index.ts'))}; export * from ${JSON.stringify(source('public/storefront.ts'))};`,
			resolveDir: '.',
			loader: 'ts',
		},
		bundle: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2020',
		write: false,
	});
	return result.outputFiles[0]!.text;
}
