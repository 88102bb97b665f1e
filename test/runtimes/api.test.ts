import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

/**
 * klaviyo-edge/api in Deno and Bun from their npm packages, and Node as the baseline: the same
 * bundled flow (test/runtimes/api-flow.ts) against the emulator, needing nothing but fetch,
 * FormData and web standards.
 */
const run = promisify(execFile);
let emu: EmulatorServer;
let script: string;

beforeAll(async () => {
	emu = await startEmulator();
	script = join(mkdtempSync(join(tmpdir(), 'kx-api-runtimes-')), 'api-flow.mjs');
	await build({
		entryPoints: ['test/runtimes/api-flow.ts'],
		bundle: true,
		format: 'esm',
		platform: 'neutral',
		target: 'es2022',
		outfile: script,
		logLevel: 'error',
	});
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const runtimes: Record<string, (file: string, args: string[]) => [string, string[]]> = {
	node: (file, args) => [process.execPath, [file, ...args]],
	deno: (file, args) => [
		'node_modules/.bin/deno',
		['run', '--quiet', '--no-prompt', '--allow-net=127.0.0.1', file, ...args],
	],
	bun: (file, args) => ['node_modules/.bin/bun', [file, ...args]],
};

describe.each(Object.keys(runtimes))('%s', (name) => {
	it('syncs a catalog by bulk jobs, walks it by cursor, keeps a webhook, uploads images', async () => {
		const [command, argv] = runtimes[name]!(script, [emu.url, emu.privateKey]);
		const { stdout } = await run(command, argv, {
			timeout: 90_000,
			env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' },
		});
		expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({
			runtime: name,
			jobs: ['100 complete', '100 complete', '50 complete'],
			readBack: 250,
			last: expect.stringMatching(new RegExp(`^${name}-\\d+$`)),
			listed: [name],
			afterDelete: 0,
			images: [`${name}.png`, 'blob.png'],
		});
		const invalid = emu
			.invalidRequests()
			.map(({ method, path, violations }) => ({ method, path, violations }));
		expect(invalid).toEqual([]);
		const uploads = emu.requests.filter((r) => r.operationId === 'upload_image_from_file');
		expect(uploads.map((r) => r.headers['content-type']?.split(';')[0])).toEqual([
			'multipart/form-data',
			'multipart/form-data',
		]);
	}, 120_000);
});
