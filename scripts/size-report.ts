// `npm run size:report -- '{ track }'`: what a page pays for an import of the public entry, and
// which modules the bytes come from. `--code` prints the bundle. Budgets: test/public/index.size.test.ts.
import { bundlePublic } from '../test/public/bundle.js';

const names = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '{ createClient, track }';
const { code, brotli, inputs } = await bundlePublic(names);
console.log(`${names}: ${code.length} B minified, ${brotli} B brotli`);
for (const [file, bytes] of Object.entries(inputs).sort((a, b) => b[1] - a[1])) {
	if (bytes) console.log(`${String(bytes).padStart(7)}  ${file}`);
}
if (process.argv.includes('--code')) console.log(code);
