import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

/**
 * Deno and Bun from their npm packages (and Node as the baseline) run the same bundled script
 * against the emulator: the SDK must need nothing but fetch and web standards.
 */
const run = promisify(execFile);
let emu: EmulatorServer;
let script: string;

beforeAll(async () => {
	emu = await startEmulator();
	script = join(mkdtempSync(join(tmpdir(), 'kx-runtimes-')), 'smoke.mjs');
	await build({
		entryPoints: ['test/runtimes/smoke.ts'],
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
	it('tracks, looks up, adds to a list, pages and types its errors', async () => {
		const [command, argv] = runtimes[name]!(script, [emu.url, emu.publicKey, emu.privateKey]);
		const { stdout } = await run(command, argv, {
			timeout: 60_000,
			env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' },
		});
		const result = JSON.parse(stdout.trim().split('\n').at(-1)!);
		expect(result).toEqual({
			runtime: name,
			profileId: expect.stringMatching(/^\w{26}$/),
			members: [`${name}@example.com`],
			events: 1,
			authError: 'auth 401',
		});
		expect(emu.requests.filter((r) => r.path.startsWith('/client/')).map((r) => r.status)).toEqual([
			202, 202,
		]);
		// Everything but the deliberate wrong-key call validated against the spec.
		expect(emu.invalidRequests().map((r) => r.status)).toEqual([401]);
	}, 60_000);
});
