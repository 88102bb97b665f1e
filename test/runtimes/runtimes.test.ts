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
let appScript: string;

beforeAll(async () => {
	emu = await startEmulator();
	const dir = mkdtempSync(join(tmpdir(), 'kx-runtimes-'));
	script = join(dir, 'smoke.mjs');
	appScript = join(dir, 'app-smoke.mjs');
	for (const [entry, outfile] of [
		['test/runtimes/smoke.ts', script],
		['test/runtimes/app-smoke.ts', appScript],
	]) {
		await build({
			entryPoints: [entry!],
			bundle: true,
			format: 'esm',
			platform: 'neutral',
			target: 'es2022',
			outfile,
			logLevel: 'error',
		});
	}
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

	it('an app: installs with OAuth, calls with the session, refreshes, verifies a webhook', async () => {
		const [command, argv] = runtimes[name]!(appScript, [
			emu.url,
			emu.oauth.clientId,
			emu.oauth.clientSecret,
			emu.webhooks.secret,
		]);
		const { stdout } = await run(command, argv, {
			timeout: 60_000,
			env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' },
		});
		expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({
			runtime: name,
			listCreated: true,
			topic: 'event:klaviyo.opened_email',
			refused: 'bad_signature',
		});
		// The consent installs in the emulator's own account; the app calls it by its own name (the runtime's).
		expect(emu.oauth.grants()).toMatchObject([{ accountId: emu.publicKey, refreshes: 1, revoked: false }]);
		expect(emu.invalidRequests()).toEqual([]);
	}, 60_000);
});
