import { brotliCompressSync, constants } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

const ENTRY = new URL('../../src/public/index.ts', import.meta.url).pathname;
/** The entries a storefront imports from, by package name. */
export const ENTRIES = {
	public: ENTRY,
	storefront: new URL('../../src/public/storefront.ts', import.meta.url).pathname,
	onsite: new URL('../../src/onsite/index.ts', import.meta.url).pathname,
	'onsite script': new URL('../../src/onsite/script.ts', import.meta.url).pathname,
};

export interface PublicBundle {
	code: string;
	brotli: number;
	/** Minified bytes each source file contributes. */
	inputs: Record<string, number>;
}

/**
 * What a page pays for `export <names> from 'klaviyo-edge/public'`: bundled from source the way a
 * storefront's bundler would (esbuild, ESM, browser, minified), compressed as a CDN would (brotli 11).
 * Used by the size test and by `npm run size:report`.
 */
export async function bundlePublic(names: string, entry = ENTRY): Promise<PublicBundle> {
	// `import` of the onsite script: what the page runs, all of it (it installs itself).
	const contents =
		names === 'import'
			? `import ${JSON.stringify(entry)};`
			: `export ${names} from ${JSON.stringify(entry)};`;
	const result = await build({
		stdin: { contents, resolveDir: '.', loader: 'ts' },
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		write: false,
		metafile: true,
	});
	const code = result.outputFiles[0]!.text;
	const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
	const output = Object.values((result.metafile as Metafile).outputs)[0]!;
	const inputs = Object.fromEntries(
		Object.entries(output.inputs).map(([file, { bytesInOutput }]) => [file, bytesInOutput]),
	);
	return { code, brotli, inputs };
}
