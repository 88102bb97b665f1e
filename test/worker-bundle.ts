/**
 * What a Worker ships: its source bundled the way wrangler does (esbuild, ESM, minified), with the
 * package's entries resolved to this repository's sources; sizes as gzip (what Cloudflare counts)
 * and brotli (what .size-limit.json and the public budgets use).
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { klaviyoApiWorker } from '../bench/worker-size.js';

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

/**
 * The server entries' Workers whose sizes have budgets (test/oauth, test/webhooks,
 * test/klaviyo-api) and whose figures the README quotes (test/docs/README.figures.test.ts).
 */
export const SERVER_WORKERS = {
	oauthApp: `import { KlaviyoOAuth, kvTokenStorage } from 'klaviyo-edge/oauth';
			export default { fetch: (r, env) => new KlaviyoOAuth({ clientId: env.ID, clientSecret: env.SECRET, storage: kvTokenStorage(env.KV) }).refresh('x').then(() => new Response('ok')) };`,
	verifyWebhook: `export { verifyWebhook } from 'klaviyo-edge/webhooks';`,
	webhooksWhole: `export * from 'klaviyo-edge/webhooks';`,
	/** klaviyo-api's profiles + lists Worker (the one bench/run.ts measures) with only its import changed. */
	compatProfilesAndLists: klaviyoApiWorker('klaviyo-edge/klaviyo-api'),
};

export { klaviyoApiWorker };
