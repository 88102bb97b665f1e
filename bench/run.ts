/**
 * `npm run bench`: klaviyo-edge against the official `klaviyo-api` package, side by side, on the
 * same machine and the same local HTTP server (an instant 202, so the clients are what is timed).
 * Prints each figure for both and their ratio. Needs `npm run build` first (it times dist/).
 *
 *   1. cold start: a fresh `node` process loading the library, median of N runs
 *   2. bundle: one createEvent call bundled by esbuild (minified), gzip and brotli
 *   3. throughput: createEvent calls, 10 in flight, requests per second
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const KEY = 'pk_bench_0000000000000000000000';

interface Row {
	what: string;
	edge: number;
	official: number;
	unit: string;
	better: 'lower' | 'higher';
}
const rows: Row[] = [];

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

function coldStart(script: string): number {
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const started = process.hrtime.bigint();
		execFileSync(process.execPath, ['--input-type=module', '-e', script]);
		times.push(Number(process.hrtime.bigint() - started) / 1e6);
	}
	return median(times);
}

async function bundleSize(contents: string, platform: 'node' | 'browser' | 'neutral') {
	const result = await build({
		stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
		bundle: true,
		minify: true,
		format: 'esm',
		platform,
		write: false,
		logLevel: 'silent',
		external: ['querystring', 'crypto'],
	});
	const code = result.outputFiles[0]!.contents;
	return { min: code.length, gzip: gzipSync(code).length, brotli: brotliCompressSync(code).length };
}

async function throughput(send: () => Promise<unknown>): Promise<number> {
	let next = 0;
	const started = performance.now();
	const worker = async () => {
		while (next++ < CALLS) await send();
	};
	await Promise.all(Array.from({ length: 10 }, worker));
	return CALLS / ((performance.now() - started) / 1000);
}

const event = (i: number) => ({
	data: {
		type: 'event' as const,
		attributes: {
			properties: { sku: `SKU-${i}` },
			unique_id: `bench-${i}`,
			metric: { data: { type: 'metric' as const, attributes: { name: 'Bench' } } },
			profile: { data: { type: 'profile' as const, attributes: { email: `b${i % 50}@example.com` } } },
		},
	},
});

async function main(): Promise<void> {
	// 1. Cold start.
	const nothing = coldStart('');
	rows.push({
		what: 'cold start, load the library (ms over bare node)',
		edge: coldStart("await import('klaviyo-edge/private')") - nothing,
		official: coldStart("await import('klaviyo-api')") - nothing,
		unit: 'ms',
		better: 'lower',
	});

	// 2. Bundle of one createEvent call. The official SDK cannot target browsers (Node builtins),
	// so both are bundled for Node; for the edge entry the browser size is the same code.
	const edgeBundle = await bundleSize(
		"import { PrivateClient } from './src/private/index.ts'; new PrivateClient('k').events.create({ event: 'e', email: 'a@b.co' });",
		'neutral',
	);
	const officialBundle = await bundleSize(
		"import { ApiKeySession, EventsApi } from 'klaviyo-api'; new EventsApi(new ApiKeySession('k')).createEvent({} as never);",
		'node',
	);
	rows.push({
		what: 'bundle for one createEvent, minified',
		edge: edgeBundle.min,
		official: officialBundle.min,
		unit: 'B',
		better: 'lower',
	});
	rows.push({
		what: 'bundle for one createEvent, gzip',
		edge: edgeBundle.gzip,
		official: officialBundle.gzip,
		unit: 'B',
		better: 'lower',
	});
	rows.push({
		what: 'bundle for one createEvent, brotli',
		edge: edgeBundle.brotli,
		official: officialBundle.brotli,
		unit: 'B',
		better: 'lower',
	});

	// 3. Throughput against the same instant server.
	const server = createServer((request, response) => {
		request.resume();
		request.on('end', () => {
			response.writeHead(202);
			response.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const { Transport } = await import('../src/private/transport.js');
	const transport = new Transport({ privateKey: KEY, baseUrl });
	const { ApiKeySession, EventsApi } = await import('klaviyo-api');
	const events = new EventsApi(new ApiKeySession(KEY));
	events.basePath = baseUrl;
	let i = 0;
	const sendEdge = () => transport.request('POST', '/api/events', { body: event(i++), idempotent: true });
	const sendOfficial = () => events.createEvent(event(i++) as never);
	// Warm both up (JIT, connection pools), then measure each twice, interleaved, keeping the best.
	await throughput(sendEdge);
	await throughput(sendOfficial);
	const edgeRate = Math.max(await throughput(sendEdge), await throughput(sendEdge));
	const officialRate = Math.max(await throughput(sendOfficial), await throughput(sendOfficial));
	server.close();
	rows.push({
		what: `createEvent throughput (${CALLS} calls, 10 in flight)`,
		edge: edgeRate,
		official: officialRate,
		unit: 'req/s',
		better: 'higher',
	});

	console.log(`klaviyo-edge vs klaviyo-api (node ${process.version}, ${RUNS} cold starts)\n`);
	console.log(`${'measure'.padEnd(52)} ${'klaviyo-edge'.padStart(14)} ${'klaviyo-api'.padStart(14)}  ratio`);
	for (const row of rows) {
		const ratio = row.better === 'lower' ? row.official / row.edge : row.edge / row.official;
		const fmt = (n: number) => `${n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(1)} ${row.unit}`;
		const verdict = ratio >= 1 ? `${ratio.toFixed(1)}× better` : `${(1 / ratio).toFixed(1)}× worse`;
		console.log(
			`${row.what.padEnd(52)} ${fmt(row.edge).padStart(14)} ${fmt(row.official).padStart(14)}  ${verdict}`,
		);
	}
}

await main();
