/**
 * What a Worker ships: its source bundled the way wrangler does (esbuild, ESM, minified), with the
 * package's entries resolved to this repository's sources; sizes as gzip (what Cloudflare counts)
 * and brotli (what .size-limit.json and the public budgets use).
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const source = (path: string) => new URL(`../${path}`, import.meta.url).pathname;

const ENTRIES = {
	'klaviyo-edge/private': source('src/private/index.ts'),
	'klaviyo-edge/oauth': source('src/oauth/index.ts'),
	'klaviyo-edge/webhooks': source('src/webhooks/index.ts'),
	'klaviyo-edge/klaviyo-api': source('src/klaviyo-api/index.ts'),
};

export interface WorkerBundle {
	code: string;
	gzip: number;
	brotli: number;
}

export async function bundleWorker(worker: string): Promise<WorkerBundle> {
	const result = await build({
		stdin: { contents: worker, resolveDir: '.', loader: 'ts' },
		alias: ENTRIES,
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'neutral',
		target: 'es2022',
		write: false,
		logLevel: 'silent',
	});
	const code = result.outputFiles[0]!.text;
	return {
		code,
		gzip: gzipSync(code, { level: 9 }).length,
		brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
	};
}
