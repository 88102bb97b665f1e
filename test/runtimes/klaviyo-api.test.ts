/** klaviyo-api's code on klaviyo-edge/klaviyo-api in Node, Deno and Bun (from npm), against the emulator. */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, beforeAll, expect, it } from 'vitest';

const run = promisify(execFile);
let emu: EmulatorServer;
const script = join(mkdtempSync(join(tmpdir(), 'kx-klaviyo-api-')), 'smoke.mjs');

beforeAll(async () => {
	emu = await startEmulator();
	await build({
		entryPoints: ['test/runtimes/klaviyo-api-smoke.ts'],
		bundle: true,
		format: 'esm',
		platform: 'neutral',
		target: 'es2022',
		outfile: script,
		logLevel: 'error',
	});
});
afterAll(() => emu.close());

const runtimes: Record<string, [string, string[]]> = {
	node: [process.execPath, [script]],
	deno: ['node_modules/.bin/deno', ['run', '--quiet', '--no-prompt', '--allow-net=127.0.0.1', script]],
	bun: ['node_modules/.bin/bun', [script]],
};

it.each(Object.keys(runtimes))(
	'%s runs klaviyo-api code with only its import changed',
	async (name) => {
		const [command, argv] = runtimes[name]!;
		const { stdout } = await run(command, [...argv, emu.url, emu.privateKey], {
			timeout: 60_000,
			env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' },
		});
		expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({
			runtime: name,
			firstName: name,
			created: true,
			members: [`${name}@klaviyo-demo.com`],
			status: 404,
			pkce: 43,
		});
		expect(emu.invalidRequests()).toEqual([]);
	},
	60_000,
);
