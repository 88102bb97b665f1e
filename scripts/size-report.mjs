#!/usr/bin/env node
// `npm run size:report -- '{ track }'`: what a page pays for an import of the public entry
// (esbuild, ESM, browser, minified; brotli 11), and which modules the bytes come from.
// Add `--code` to print the bundle. The budgets themselves live in test/public/size.test.ts.
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const names = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '{ createClient, track }';
const result = await build({
	stdin: { contents: `export ${names} from './src/public/index.ts';`, resolveDir: '.', loader: 'ts' },
	bundle: true,
	minify: true,
	format: 'esm',
	platform: 'browser',
	target: 'es2022',
	write: false,
	metafile: true,
});
const code = result.outputFiles[0].text;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`${names}: ${code.length} B minified, ${brotli} B brotli`);
const inputs = Object.values(result.metafile.outputs)[0].inputs;
for (const [file, { bytesInOutput }] of Object.entries(inputs).sort(
	(a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
)) {
	if (bytesInOutput) console.log(`${String(bytesInOutput).padStart(7)}  ${file}`);
}
if (process.argv.includes('--code')) console.log(code);
