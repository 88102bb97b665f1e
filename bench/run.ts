/**
 * `npm run bench`: klaviyo-edge against the official `klaviyo-api` package, side by side, in one run
 * on one machine. Needs `npm run build` first: it times dist/, as users get it.
 *
 *   1. CPU per request: `getProfile` against a loopback server in another process (so its work is
 *      not counted), client-side pacing off, next to a bare `fetch` of the same request; through
 *      `PrivateClient` and through `klaviyo-edge/api`'s `ProfilesApi`; on this machine's node and on
 *      the Node versions `npm test` runs (22, 24, 26, binaries from npm), a fresh process each
 *   2. import cost: a fresh `node` loading `klaviyo-edge/private` (and `/api`), above a bare `node -e ''`
 *   3. Worker size: a Worker using profiles + lists, bundled by esbuild (minified), gzip; a Worker
 *      using every class of `klaviyo-edge/api` against one using every class of `klaviyo-api`; each
 *      class alone
 *   4. klaviyo-api's own profiles + lists Worker with only its import changed to
 *      `klaviyo-edge/klaviyo-api`, against the same Worker on klaviyo-api
 *   plus the details behind them: pacing on, a one-resource Worker, valibot's share.
 *
 * Ends with the issues' targets and whether each is met. `BENCH_CALLS`, `BENCH_ROUNDS`,
 * `BENCH_RUNS` make it longer or shorter.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { ensureNodeVersions } from '../scripts/node-versions.mjs';
import { WORKERS, workerBundle } from './worker-size.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CALLS = Number(process.env.BENCH_CALLS ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const KEY = 'pk_bench_0000000000000000000000';
const PROFILE_ID = '01JBENCHPROFILE000000000000';
/**
 * The profiles + lists Worker's gzip size before issue 15 (main at d03aa03, this bench, dist):
 * issue 15 allows it to grow by 5 % at most.
 */
const PROFILES_LISTS_BEFORE_API = 14_585;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const lowDecile = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 10)]!;
const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits });

// ---------------------------------------------------------------------------------------------
// 1. CPU per request

/** A profile document like Klaviyo's, served by a child process on 127.0.0.1. */
const SERVER = `
const body = JSON.stringify({ data: { type: 'profile', id: '${PROFILE_ID}', attributes: {
	email: 'sarah.mason@example.com', phone_number: '+15005550006', external_id: null, first_name: 'Sarah',
	last_name: 'Mason', organization: 'Example', locale: 'en-US', title: 'Regional Manager', image: null,
	created: '2026-01-02T03:04:05+00:00', updated: '2026-11-02T03:04:05+00:00', last_event_date: null,
	location: { address1: '89 E 42nd St', address2: '1st floor', city: 'New York', country: 'United States',
		latitude: '40.7128', longitude: '74.0060', region: 'NY', zip: '10017', timezone: 'America/New_York', ip: '127.0.0.1' },
	properties: { pseudonym: 'Dr. Octopus', plan: 'gold', visits: 12 } },
	relationships: { lists: { links: { self: 'x', related: 'y' } }, segments: { links: { self: 'x', related: 'y' } } },
	links: { self: 'https://a.klaviyo.com/api/profiles/${PROFILE_ID}/' } } });
const server = require('node:http').createServer((request, response) => {
	request.resume();
	response.writeHead(200, { 'content-type': 'application/vnd.api+json' });
	response.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;

async function startServer(): Promise<{ url: string; stop: () => void }> {
	const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
	const port = await new Promise<string>((resolve) =>
		child.stdout.once('data', (d) => resolve(String(d).trim())),
	);
	return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/**
 * Each client's setup, an ES module body given `url`, `KEY` and `PROFILE_ID` that defines `call`,
 * the request timed. Pacing on runs with the private entry's table of limits and a clock that jumps
 * a minute per call, so it never waits: what is timed is the limiter's bookkeeping alone.
 */
const CLIENTS: Record<string, string> = {
	// The control: a bare fetch timed as if it were a client. How far it lands from 1.00× is the noise.
	'bare fetch, timed again': 'const call = () => bareFetch();',
	// What a per-attempt timeout costs by itself (an AbortController and a timer, as sendWithRetries makes).
	'bare fetch with a timeout': `const call = async () => {
			const timer = new AbortController();
			const id = setTimeout(() => timer.abort(), 10_000);
			try {
				return await (await fetch(url + '/api/profiles/' + PROFILE_ID, { headers, signal: timer.signal })).json();
			} finally {
				clearTimeout(id);
			}
		};`,
	'klaviyo-api': `const { ApiKeySession, ProfilesApi } = await import('klaviyo-api');
		const official = new ProfilesApi(new ApiKeySession(KEY));
		official.basePath = url;
		const call = () => official.getProfile(PROFILE_ID);`,
	'klaviyo-edge': `const { PrivateClient } = await import('klaviyo-edge/private');
		const profiles = new PrivateClient(KEY, { baseUrl: url, rateLimiter: false }).profiles;
		const call = () => profiles.getProfile(PROFILE_ID);`,
	// Without the per-attempt timeout (the caller's choice): what the SDK's own work costs.
	'klaviyo-edge, timeout: 0': `const { PrivateClient } = await import('klaviyo-edge/private');
		const profiles = new PrivateClient(KEY, { baseUrl: url, rateLimiter: false, timeout: 0 }).profiles;
		const call = () => profiles.getProfile(PROFILE_ID);`,
	'klaviyo-edge, pacing on': `const { PrivateClient, RateLimiter } = await import('klaviyo-edge/private');
		let clock = 0;
		const rateLimiter = new RateLimiter({ now: () => (clock += 60_001) });
		const profiles = new PrivateClient(KEY, { baseUrl: url, rateLimiter }).profiles;
		const call = () => profiles.getProfile(PROFILE_ID);`,
	'klaviyo-edge/api': `const { connect, ProfilesApi } = await import('klaviyo-edge/api');
		const api = new ProfilesApi(connect(KEY, { baseUrl: url, rateLimiter: false }));
		const call = () => api.getProfile(PROFILE_ID);`,
	'klaviyo-edge/klaviyo-api': `const { ApiKeySession, ProfilesApi } = await import('klaviyo-edge/klaviyo-api');
		const compat = new ProfilesApi(new ApiKeySession(KEY, undefined, { rateLimiter: false }));
		compat.basePath = url;
		const call = () => compat.getProfile(PROFILE_ID);`,
};

/** One Node version's figures: CPU (user + system) per call in µs, a bare `fetch`'s and each client's. */
interface CpuRun {
	bare: number;
	clients: Record<string, { us: number /** `us / bare`. */; ratio: number }>;
}

/**
 * Every client's CPU per call beside a bare `fetch` of the same request, in one fresh process on
 * `node`: each warmed up (JIT, connection pool), then `ROUNDS` rounds in which every client (the
 * bare fetch too) makes `CALLS` sequential calls, in a new random order each round, so whatever one
 * client leaves behind (klaviyo-api's garbage most) falls on all of them alike. The figure is each
 * client's low decile of rounds: on a shared machine noise only ever adds CPU time, so the low
 * decile is the steadiest estimate of what a call costs; the control row shows what noise is left.
 */
function cpuOnNode(node: string, url: string): CpuRun {
	const script = `const url = ${JSON.stringify(url)}, KEY = ${JSON.stringify(KEY)}, PROFILE_ID = ${JSON.stringify(PROFILE_ID)};
		const headers = { accept: 'application/vnd.api+json', revision: '2026-07-15', authorization: 'Klaviyo-API-Key ' + KEY };
		const bareFetch = () => fetch(url + '/api/profiles/' + PROFILE_ID, { headers }).then((r) => r.json());
		const clients = { 'bare fetch': bareFetch };
		${Object.entries(CLIENTS)
			.map(
				([name, setup]) =>
					`clients[${JSON.stringify(name)}] = await (async () => { ${setup}\nreturn call; })();`,
			)
			.join('\n')}
		const time = async (f) => {
			const before = process.cpuUsage();
			for (let i = 0; i < ${CALLS}; i++) await f();
			const { user, system } = process.cpuUsage(before);
			return (user + system) / ${CALLS};
		};
		const samples = {};
		for (const [name, call] of Object.entries(clients)) {
			for (let i = 0; i < 5; i++) await time(call);
			samples[name] = [];
		}
		for (let round = 0; round < ${ROUNDS}; round++) {
			const order = Object.keys(clients).sort(() => Math.random() - 0.5);
			for (const name of order) samples[name].push(await time(clients[name]));
		}
		console.log(JSON.stringify(samples));`;
	const output = execFileSync(node, ['--input-type=module', '-e', script], { encoding: 'utf8' });
	const samples = JSON.parse(output) as Record<string, number[]>;
	const bare = lowDecile(samples['bare fetch']!);
	const clients = Object.keys(CLIENTS).map((name) => {
		const us = lowDecile(samples[name]!);
		return [name, { us, ratio: us / bare }] as const;
	});
	return { bare, clients: Object.fromEntries(clients) };
}

// ---------------------------------------------------------------------------------------------
// 2. Import cost

function coldStart(script: string): number {
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const started = process.hrtime.bigint();
		execFileSync(process.execPath, ['--input-type=module', '-e', script]);
		times.push(Number(process.hrtime.bigint() - started) / 1e6);
	}
	return median(times);
}

// ---------------------------------------------------------------------------------------------
// 3. Worker size

/** One class of klaviyo-edge/api on its own connection. */
const oneClassWorker = (name: string) => `import { connect, ${name} } from 'klaviyo-edge/api';
export default { async fetch(request, env) {
	return Response.json(Object.keys(new ${name}(connect(env.KLAVIYO_PRIVATE_KEY))));
} };`;

/** Which classes a bundle holds, told by a path only each class's methods carry. */
async function classMarkers(): Promise<Record<string, string>> {
	const api = (await import('klaviyo-edge/api')) as unknown as Record<string, unknown>;
	const names = Object.keys(api).filter((name) => name.endsWith('Api'));
	const paths: Record<string, string[]> = {};
	for (const name of names) {
		const source = String((api[name] as { toString(): string }).toString());
		paths[name] = [...source.matchAll(/path:\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!);
	}
	return Object.fromEntries(
		names.map((name) => [
			name,
			paths[name]!.find((path) => names.every((other) => other === name || !paths[other]!.includes(path)))!,
		]),
	);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
	console.log(
		`klaviyo-edge vs klaviyo-api 23, ${new Date().toISOString().slice(0, 10)}: node ${process.version}, ` +
			`${cpus().length} × ${cpus()[0]?.model.trim()}, ${process.platform}\n`,
	);

	// The CPU figures on this machine's node and on the Node versions npm test runs (binaries from npm):
	// what a request costs moves with Node's own fetch and AbortSignal far more than with ours.
	const others = ensureNodeVersions();
	if (others.error) console.log(`(CPU on this node only: ${others.error})\n`);
	const nodes = [
		{ name: `node ${process.version.slice(1)}`, bin: process.execPath },
		...(others.versions ?? []).map(({ version, bin }) => ({ name: `node ${version}`, bin })),
	];
	const server = await startServer();
	/** Per Node version, per client. */
	const cpuByNode: Record<string, CpuRun> = {};
	try {
		for (const { name, bin } of nodes) cpuByNode[name] = cpuOnNode(bin, server.url);
	} finally {
		server.stop();
	}
	const cpu = cpuByNode[nodes[0]!.name]!.clients;
	console.log(
		`CPU per getProfile, × a bare fetch of the same request (µs), every client in one fresh process per\n` +
			`Node version; low decile of ${ROUNDS} rounds × ${CALLS} sequential calls each, in a random order`,
	);
	console.log(`  ${''.padEnd(26)}${nodes.map(({ name }) => name.padStart(20)).join('')}`);
	for (const client of Object.keys(CLIENTS)) {
		const cells = nodes.map(({ name }) => {
			const { us, ratio } = cpuByNode[name]!.clients[client]!;
			return `${ratio.toFixed(2)}× (${fmt(us)} µs)`.padStart(20);
		});
		console.log(`  ${client.padEnd(26)}${cells.join('')}`);
	}
	console.log(
		`  ${'bare fetch'.padEnd(26)}${nodes.map(({ name }) => `(${fmt(cpuByNode[name]!.bare)} µs)`.padStart(20)).join('')}`,
	);

	const nothing = coldStart('');
	const edgeImport = coldStart("await import('klaviyo-edge/private')") - nothing;
	const officialImport = coldStart("await import('klaviyo-api')") - nothing;
	const apiImport = coldStart("await import('klaviyo-edge/api')") - nothing;
	const compatImport = coldStart("await import('klaviyo-edge/klaviyo-api')") - nothing;
	console.log(`\nimport cost above bare node (ms, median of ${RUNS} fresh processes)`);
	console.log(`  klaviyo-edge/private       ${fmt(edgeImport, 1).padStart(6)} ms`);
	console.log(`  klaviyo-edge/api           ${fmt(apiImport, 1).padStart(6)} ms`);
	console.log(`  klaviyo-edge/klaviyo-api   ${fmt(compatImport, 1).padStart(6)} ms`);
	console.log(`  klaviyo-api                ${fmt(officialImport, 1).padStart(6)} ms`);

	const edgeWorker = await workerBundle(WORKERS.edge, 'neutral');
	const officialWorker = await workerBundle(WORKERS.official, 'node');
	const oneResource = await workerBundle(WORKERS.oneResource, 'neutral');
	const edgeFromSource = await workerBundle(WORKERS.edge, 'neutral', true);
	/** Which resources a bundle holds, told by a method name each one's validation errors carry. */
	const MARKERS = {
		profiles: 'profiles.updateProfile',
		lists: 'lists.getListById',
		metrics: 'metrics.getMetrics',
		events: 'events.create',
		dataPrivacy: 'dataPrivacy.requestProfileDeletion',
	};
	const shippedBy = (code: string) =>
		Object.entries(MARKERS)
			.filter(([, marker]) => code.includes(marker))
			.map(([name]) => name);
	const valibot = (inputs: Record<string, number>) =>
		Object.entries(inputs)
			.filter(([file]) => file.includes('node_modules/valibot/'))
			.reduce((sum, [, bytes]) => sum + bytes, 0);
	console.log('\nWorker bundle (esbuild, minified; gzip)');
	console.log(
		`  profiles + lists, klaviyo-edge  ${fmt(edgeWorker.min).padStart(9)} B  ${fmt(edgeWorker.gzip).padStart(7)} B gzip` +
			`  (valibot ${fmt(valibot(edgeFromSource.inputs))} B of ${fmt(edgeFromSource.min)} B min, ` +
			`${Math.round((100 * valibot(edgeFromSource.inputs)) / edgeFromSource.min)} %)`,
	);
	console.log(
		`  profiles + lists, klaviyo-api   ${fmt(officialWorker.min).padStart(9)} B  ${fmt(officialWorker.gzip).padStart(7)} B gzip`,
	);
	console.log(
		`  lists alone (connect + Lists)   ${fmt(oneResource.min).padStart(9)} B  ${fmt(oneResource.gzip).padStart(7)} B gzip` +
			`  (${shippedBy(oneResource.code).join(', ')} only)`,
	);

	const apiWorker = await workerBundle(WORKERS.apiWhole, 'neutral');
	const officialWhole = await workerBundle(WORKERS.officialWhole, 'node');
	const markers = await classMarkers();
	const classesIn = (code: string) =>
		Object.keys(markers).filter((name) => code.includes(`"${markers[name]}"`));
	const perClass: Record<string, { min: number; gzip: number; classes: string[] }> = {};
	for (const name of Object.keys(markers)) {
		const bundle = await workerBundle(oneClassWorker(name), 'neutral');
		perClass[name] = { min: bundle.min, gzip: bundle.gzip, classes: classesIn(bundle.code) };
	}
	console.log(
		`  every class, klaviyo-edge/api   ${fmt(apiWorker.min).padStart(9)} B  ${fmt(apiWorker.gzip).padStart(7)} B gzip` +
			`  (${classesIn(apiWorker.code).length} classes)`,
	);
	console.log(
		`  every class, klaviyo-api        ${fmt(officialWhole.min).padStart(9)} B  ${fmt(officialWhole.gzip).padStart(7)} B gzip`,
	);
	console.log('\none klaviyo-edge/api class alone (connect + the class; esbuild, minified; gzip)');
	for (const [name, { min, gzip, classes }] of Object.entries(perClass)) {
		console.log(
			`  ${name.padEnd(22)} ${fmt(min).padStart(7)} B  ${fmt(gzip).padStart(6)} B gzip` +
				(classes.length === 1 && classes[0] === name ? '' : `  SHIPS ${classes.join(', ')}`),
		);
	}

	const officialCpuRatio = cpu['klaviyo-api']!.ratio;
	/** A client's ratio on every Node version, and whether it holds `limit` on each (and stays below klaviyo-api). */
	const cpuTarget = (client: string, limit: number): [string, boolean] => {
		const runs = nodes.map(({ name }) => {
			const { clients } = cpuByNode[name]!;
			return {
				version: name.replace('node ', ''),
				ratio: clients[client]!.ratio,
				official: clients['klaviyo-api']!.ratio,
				control: clients['bare fetch, timed again']!.ratio,
			};
		});
		return [
			runs
				.map(
					({ version, ratio, official, control }) =>
						`${version}: ${ratio.toFixed(2)}× (klaviyo-api ${official.toFixed(2)}×, control ${control.toFixed(2)}×)`,
				)
				.join(', '),
			runs.every(({ ratio, official }) => ratio <= limit && ratio < official),
		];
	};
	const importRatio = edgeImport / officialImport;
	const sizeRatio = edgeWorker.gzip / officialWorker.gzip;
	const apiSizeRatio = apiWorker.gzip / officialWhole.gzip;
	const shipped = shippedBy(oneResource.code);
	const coupons = perClass.CouponsApi!.classes;
	const growth = edgeWorker.gzip / PROFILES_LISTS_BEFORE_API;
	const targets: Array<[string, string, boolean]> = [
		['CPU per request ≤ 1.10× bare fetch, below klaviyo-api, every Node', ...cpuTarget('klaviyo-edge', 1.1)],
		[
			'import cost ≤ 1/20 of klaviyo-api',
			`1/${fmt(1 / importRatio)} (${fmt(edgeImport, 1)} ms vs ${fmt(officialImport)} ms)`,
			importRatio <= 1 / 20,
		],
		[
			'profiles + lists Worker ≤ 1/20 of klaviyo-api (gzip)',
			`1/${fmt(1 / sizeRatio, 1)} (${fmt(edgeWorker.gzip)} B vs ${fmt(officialWorker.gzip)} B)`,
			sizeRatio <= 1 / 20,
		],
		[
			'a one-resource Worker ships only that resource',
			`ships: ${shipped.join(', ') || 'none'}`,
			shipped.length === 1 && shipped[0] === 'lists',
		],
	];
	const targets15: Array<[string, string, boolean]> = [
		['/api CPU per request ≤ 1.10× bare fetch, every Node', ...cpuTarget('klaviyo-edge/api', 1.1)],
		[
			'profiles + lists Worker ≤ its size before /api + 5 %',
			`${growth >= 1 ? '+' : ''}${fmt((growth - 1) * 100, 1)} % (${fmt(edgeWorker.gzip)} B vs ${fmt(PROFILES_LISTS_BEFORE_API)} B)`,
			growth <= 1.05,
		],
		[
			'every /api class ≤ 1/20 of every klaviyo-api class (gzip)',
			`1/${fmt(1 / apiSizeRatio, 1)} (${fmt(apiWorker.gzip)} B vs ${fmt(officialWhole.gzip)} B)`,
			apiSizeRatio <= 1 / 20,
		],
		[
			'a Worker importing CouponsApi ships no other class',
			`ships: ${coupons.join(', ') || 'none'}`,
			coupons.length === 1 && coupons[0] === 'CouponsApi',
		],
	];
	// Issue 16: klaviyo-api's code on klaviyo-edge/klaviyo-api, the same Worker but its import.
	const compatWorker = await workerBundle(WORKERS.compat, 'neutral');
	const compatRatio = compatWorker.gzip / officialWorker.gzip;
	const compatCpuRatio = cpu['klaviyo-edge/klaviyo-api']!.ratio;
	const compatClasses = classesIn(compatWorker.code);
	console.log(
		'\nklaviyo-api code on klaviyo-edge/klaviyo-api (the profiles + lists Worker, only its import changed)',
	);
	console.log(
		`  profiles + lists, compatible    ${fmt(compatWorker.min).padStart(9)} B  ${fmt(compatWorker.gzip).padStart(7)} B gzip` +
			`  (/api classes: ${compatClasses.join(', ')})`,
	);
	const targets16: Array<[string, string, boolean]> = [
		[
			'the compatible profiles + lists Worker ≤ 1/10 of klaviyo-api (gzip)',
			`1/${fmt(1 / compatRatio, 1)} (${fmt(compatWorker.gzip)} B vs ${fmt(officialWorker.gzip)} B)`,
			compatRatio <= 1 / 10,
		],
		[
			'its import cost below klaviyo-api’s',
			`${fmt(compatImport, 1)} ms vs ${fmt(officialImport)} ms`,
			compatImport < officialImport,
		],
		[
			'its CPU per request below klaviyo-api’s',
			`${compatCpuRatio.toFixed(2)}× bare fetch (ProfilesApi.getProfile, camelCase and Dates included); klaviyo-api ${officialCpuRatio.toFixed(2)}×`,
			compatCpuRatio < officialCpuRatio,
		],
		[
			'it ships the two classes it uses, no other',
			`ships: ${compatClasses.join(', ') || 'none'}`,
			compatClasses.join() === 'ListsApi,ProfilesApi',
		],
	];
	for (const [title, list] of [
		['targets (issue 7)', targets],
		['targets (issue 15)', targets15],
		['targets (issue 16)', targets16],
	] as const) {
		console.log(`\n${title}`);
		for (const [what, measured, met] of list) {
			console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${what.padEnd(58)} ${measured}`);
		}
	}
}

await main();
