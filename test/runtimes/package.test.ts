import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { installPacked, type PackedProject, run } from './packed.js';

/**
 * The package as a user gets it (packed, installed in a throwaway project), through its
 * `exports` map: CommonJS `require` and ESM `import` of every subpath, then one real call each way.
 */
let emu: EmulatorServer;
let pkg: PackedProject;

beforeAll(async () => {
	[pkg, emu] = await Promise.all([installPacked(), startEmulator()]);
}, 240_000);
afterAll(async () => {
	await emu?.close();
	await pkg?.remove();
});

it('require() of every subpath works from CommonJS', async () => {
	// The root is node-klaviyo's shape: the class itself, carrying the named exports.
	const script = `
		const Klaviyo = require('klaviyo-edge');
		const { createClient } = require('klaviyo-edge/public');
		const { PrivateClient } = require('klaviyo-edge/private');
		const { createRelay } = require('klaviyo-edge/relay');
		const { relayWorker } = require('klaviyo-edge/cloudflare');
		const klaviyo = new Klaviyo({ privateToken: process.argv[2], baseUrl: process.argv[1] });
		klaviyo.lists.createList('from cjs').then(async (list) => {
			const names = [typeof createClient, typeof PrivateClient, typeof createRelay, typeof relayWorker];
			const same = Klaviyo.Klaviyo === Klaviyo && Klaviyo.default === Klaviyo && Klaviyo.KlaviyoError === require('klaviyo-edge/private').KlaviyoError;
			console.log(JSON.stringify({ names, id: list.data.id, same, isError: new Klaviyo.KlaviyoApiError(400) instanceof Klaviyo.KlaviyoError }));
		});`;
	const { stdout } = await run(process.execPath, ['-e', script, emu.url, emu.privateKey], { cwd: pkg.dir });
	expect(JSON.parse(stdout)).toEqual({
		names: ['function', 'function', 'function', 'function'],
		id: expect.any(String),
		same: true,
		isError: true,
	});
});

it('import of the default export works from ESM, as node-klaviyo code migrates', async () => {
	const script = `
		import Klaviyo from 'klaviyo-edge';
		const klaviyo = new Klaviyo({ publicToken: process.argv[2], baseUrl: process.argv[1] });
		console.log(JSON.stringify(await klaviyo.public.track({ event: 'From ESM', email: 'esm@example.com' })));`;
	const { stdout } = await run(
		process.execPath,
		['--input-type=module', '-e', script, emu.url, emu.publicKey],
		{ cwd: pkg.dir },
	);
	expect(stdout.trim()).toBe('1');
	expect(emu.requests.filter((r) => r.path === '/client/events' && r.valid)).toHaveLength(1);
});

it('the relay subpaths for Deno, Bun and Node load both ways, and klaviyo-edge/node serves a real request', async () => {
	const cjs = `
		const names = ['deno', 'bun', 'node'].map((name) => require('klaviyo-edge/' + name));
		console.log(JSON.stringify([typeof names[0].relayDeno, typeof names[1].relayBun, typeof names[2].relayListener]));`;
	const { stdout: loaded } = await run(process.execPath, ['-e', cjs], { cwd: pkg.dir });
	expect(JSON.parse(loaded)).toEqual(['function', 'function', 'function']);
	const esm = `
		import { createServer } from 'node:http';
		import { relayListener } from 'klaviyo-edge/node';
		const [baseUrl, publicKey] = process.argv.slice(1);
		const server = createServer(relayListener({ publicKey, baseUrl }));
		server.listen(0, '127.0.0.1', async () => {
			const data = Buffer.from(JSON.stringify({ token: publicKey, event: 'Via dist', customer_properties: { $email: 'dist@example.com' } })).toString('base64');
			const answer = await fetch('http://127.0.0.1:' + server.address().port + '/k/track?data=' + encodeURIComponent(data));
			console.log(JSON.stringify([answer.status, await answer.text()]));
			server.close();
		});`;
	const { stdout } = await run(process.execPath, ['--input-type=module', '-e', esm, emu.url, emu.publicKey], {
		cwd: pkg.dir,
	});
	expect(JSON.parse(stdout)).toEqual([202, '1']);
	const viaDist = emu.requests.filter((r) => r.valid && JSON.stringify(r.body).includes('Via dist'));
	expect(viaDist).toHaveLength(1);
});

it('klaviyo-edge/api loads both ways from the package, and a class calls Klaviyo', async () => {
	const cjs = `
		const { CouponsApi, connect, request } = require('klaviyo-edge/api');
		const coupons = new CouponsApi(connect(process.argv[2], { baseUrl: process.argv[1] }));
		coupons.createCoupon({ data: { type: 'coupon', attributes: { external_id: 'CJS10' } } })
			.then((coupon) => console.log(JSON.stringify([typeof request, coupon.data.id])));`;
	const esm = `
		import { CouponsApi, connect } from 'klaviyo-edge/api';
		const coupons = new CouponsApi(connect(process.argv[2], { baseUrl: process.argv[1] }));
		console.log(JSON.stringify((await coupons.getCoupons()).data.map((c) => c.attributes.external_id)));`;
	const required = await run(process.execPath, ['-e', cjs, emu.url, emu.privateKey], { cwd: pkg.dir });
	expect(JSON.parse(required.stdout)).toEqual(['function', 'CJS10']);
	const imported = await run(process.execPath, ['--input-type=module', '-e', esm, emu.url, emu.privateKey], {
		cwd: pkg.dir,
	});
	expect(JSON.parse(imported.stdout)).toContain('CJS10');
});
