/**
 * klaviyo-edge/testing as a user gets it: `npm pack`, the tarball unpacked into an empty project
 * (installPacked), then the same in-process run (in-process.ts: create an emulator, pass its
 * fetch to a client, track, read back, an outage) by Node, Deno and Bun from that install, and
 * by workerd (miniflare) from a bundle of that install.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedRun } from '../testing/in-process.js';
import { installPacked, type PackedProject, repoRoot as root, run } from './packed.js';

let pkg: PackedProject;
let project: string;

/** Bytes of every file under `dir`: what `npm pack` reports as the unpacked size. */
const bytesUnder = (dir: string): number =>
	readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
		const path = join(dir, entry.name);
		return sum + (entry.isDirectory() ? bytesUnder(path) : statSync(path).size);
	}, 0);

beforeAll(async () => {
	pkg = await installPacked();
	project = pkg.dir;
	// The run, with the package left as an import: each runtime resolves it from node_modules.
	await build({
		stdin: {
			contents: `import { inProcessRun } from ${JSON.stringify(join(root, 'test/testing/in-process.ts'))};
const runtime = typeof Deno === 'object' ? 'deno' : 'Bun' in globalThis ? 'bun' : 'node';
console.log(JSON.stringify(await inProcessRun(runtime)));`,
			resolveDir: project,
			loader: 'ts',
		},
		bundle: true,
		format: 'esm',
		platform: 'neutral',
		target: 'es2022',
		external: ['klaviyo-edge', 'klaviyo-edge/*'],
		outfile: join(project, 'run.mjs'),
		logLevel: 'error',
	});
}, 300_000);

afterAll(() => pkg?.remove());

/**
 * Was 3 MB. The whole API's types now ship with it: klaviyo-edge/api's spec types (1.9 MB of
 * declarations, once for ESM and once for CommonJS) and klaviyo-edge/klaviyo-api's models (0.8 MB
 * each), 8.75 MB in all when measured; the official klaviyo-api installs 38 MB. No JavaScript a
 * bundle holds grew with them (the size tests measure that).
 */
it('the package stays under 9.5 MB unpacked', () => {
	const unpacked = bytesUnder(join(project, 'node_modules', 'klaviyo-edge'));
	console.log(`klaviyo-edge unpacked: ${unpacked} bytes`);
	expect(unpacked).toBeGreaterThan(100_000);
	expect(unpacked).toBeLessThan(9_500_000);
});

const runtimes: Record<string, [string, string[]]> = {
	node: [process.execPath, ['run.mjs']],
	deno: [join(root, 'node_modules/.bin/deno'), ['run', '--quiet', '--no-prompt', 'run.mjs']],
	bun: [join(root, 'node_modules/.bin/bun'), ['run.mjs']],
};

describe.each(Object.keys(runtimes))('%s, from the packed install', (name) => {
	it('creates an emulator, passes its fetch to a client, tracks and reads the event back', async () => {
		const [command, args] = runtimes[name]!;
		const { stdout } = await run(command, args, {
			cwd: project,
			timeout: 60_000,
			env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' },
		});
		expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual(expectedRun(name));
	}, 60_000);
});

it('workerd, from a bundle of the packed install', async () => {
	const script = join(project, 'worker.mjs');
	await build({
		stdin: {
			contents: `import { inProcessRun } from ${JSON.stringify(join(root, 'test/testing/in-process.ts'))};
export default { fetch: async () => Response.json(await inProcessRun('workerd')) };`,
			resolveDir: project,
			loader: 'ts',
		},
		bundle: true,
		format: 'esm',
		platform: 'neutral',
		target: 'es2022',
		outfile: script,
		logLevel: 'error',
	});
	const mf = new Miniflare({
		modules: true,
		script: readFileSync(script, 'utf8'),
		compatibilityDate: '2026-04-01',
	});
	try {
		const response = await mf.dispatchFetch('http://worker.test/');
		expect(await response.json()).toEqual(expectedRun('workerd'));
	} finally {
		await mf.dispose();
	}
}, 60_000);
