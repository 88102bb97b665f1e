/**
 * The same relay round trip, served by each runtime's adapter: Deno (`Deno.serve`), Bun
 * (`Bun.serve`) and Node (`node:http` through @hono/node-server), each a real process with a real
 * socket, forwarding to the emulator. (workerd runs it in test/workers/cloudflare.test.ts.)
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let emu: EmulatorServer;
const dir = mkdtempSync(join(tmpdir(), 'kx-relay-runtimes-'));
const scripts = { webStandard: join(dir, 'serve-deno-bun.mjs'), node: join(dir, 'serve-node.mjs') };

beforeAll(async () => {
	emu = await startEmulator();
	const common = { bundle: true, format: 'esm', target: 'es2022', logLevel: 'error' } as const;
	await build({
		...common,
		entryPoints: ['test/runtimes/relay/serve-deno-bun.ts'],
		platform: 'neutral',
		outfile: scripts.webStandard,
	});
	await build({
		...common,
		entryPoints: ['test/runtimes/relay/serve-node.ts'],
		platform: 'node',
		outfile: scripts.node,
	});
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const runtimes: Record<string, (args: string[]) => [string, string[]]> = {
	node: (args) => [process.execPath, [scripts.node, ...args]],
	deno: (args) => [
		'node_modules/.bin/deno',
		['run', '--quiet', '--no-prompt', '--allow-net=127.0.0.1', scripts.webStandard, ...args],
	],
	bun: (args) => ['node_modules/.bin/bun', [scripts.webStandard, ...args]],
};

describe.each(Object.keys(runtimes))('%s', (name) => {
	it('serves the relay: GET and POST forwarded with the peer as location.ip, GIF, refusals, other paths', async () => {
		const [command, argv] = runtimes[name]!([emu.url, emu.publicKey]);
		const { stdout } = await run(command, argv, {
			timeout: 60_000,
			env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' },
		});
		expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({
			runtime: name,
			track: [202, '1'],
			identify: [202, '1'],
			pixel: [202, 'image/gif', 42],
			bulk: [202, '1'],
			refused: 400,
			other: [404, 'not the relay'],
		});
		const forwarded = emu.requests.filter((r) => r.path.startsWith('/client/'));
		expect(forwarded.map((r) => `${r.path} ${r.status} ${r.valid}`)).toEqual([
			'/client/events 202 true',
			'/client/profiles 202 true',
			'/client/events 202 true',
			'/client/event-bulk-create 202 true',
		]);
		expect(JSON.stringify(forwarded[0]!.body)).toContain('"ip":"127.0.0.1"');
		expect(emu.store.profileByEmail(`${name}-relay@example.com`)).toMatchObject({ first_name: name });
	}, 60_000);
});
