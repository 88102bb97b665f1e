/**
 * `npm run demo -- --edge`: a storefront page in headless Chromium → the relay of examples/worker
 * under `wrangler dev` → its local Cloudflare Queues → the queue consumer → Klaviyo bulk jobs, here
 * the emulator (bulk-job rate limits on). Prints what Klaviyo received and exits 0. No account.
 *
 * The page is served by a small Node "origin" that also passes `/k/*` to the Worker, so the relay
 * sits on the page's own origin, as it does behind a shop's route.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { type Browser, chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const SHOPPERS = 3;
const VIEWS = 4;

export async function edgeDemo(): Promise<void> {
	const started = Date.now();
	const cleanup: Array<() => unknown> = [];
	try {
		const emulator = await startEmulator({ rateLimits: true });
		cleanup.push(() => emulator.close());
		step(`Klaviyo: local emulator at ${emulator.url} (bulk-job rate limits enforced)`);

		const state = mkdtempSync(join(tmpdir(), 'klaviyo-edge-demo-'));
		cleanup.push(() => rmSync(state, { recursive: true, force: true }));
		const worker = await startWorker(emulator, state, (undo) => cleanup.push(undo));
		step(`Worker: wrangler dev at ${worker} (examples/worker, queues klaviyo-events → klaviyo-bulk)`);

		const shop = await startShop(worker);
		cleanup.push(() => new Promise((resolve) => shop.server.close(resolve)));
		const browser = await launchChromium();
		cleanup.push(() => browser.close());
		step(`Page: ${shop.url} in headless Chromium, endpoint '/k'`);

		const page = await browser.newPage();
		await page.goto(`${shop.url}/`);
		await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
		const answers = await page.evaluate(
			async ({ shoppers, views }) => {
				const { sdk } = window as unknown as { sdk: typeof import('../src/public/index.js') };
				const results: number[] = [];
				for (let s = 0; s < shoppers; s++) {
					const klaviyo = sdk.createClient('PUBKEY', { endpoint: '/k', storage: sdk.memoryStorage() });
					const email = `edge-shopper-${s}@example.com`;
					results.push(await sdk.identify(klaviyo, { email, properties: { $first_name: `Shopper ${s}` } }));
					for (let v = 0; v < views; v++) {
						results.push(
							await sdk.track(klaviyo, {
								event: 'Viewed Product',
								properties: { ProductID: v, $value: 10 + v },
							}),
						);
					}
				}
				return results;
			},
			{ shoppers: SHOPPERS, views: VIEWS },
		);
		console.log(
			`  the relay answered ${answers.filter((a) => a === 1).length}/${answers.length} beacons at once`,
		);

		step('Waiting for the consumer: parcels, then one bulk job per kind');
		const expected = SHOPPERS * VIEWS;
		const deadline = Date.now() + 60_000;
		while (Date.now() < deadline) {
			const imported = emulator.requests.some(
				(r) => r.path === '/api/profile-bulk-import-jobs' && r.status === 202,
			);
			if (emulator.store.events.length >= expected && imported) break;
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		printReceived(emulator);
		const invalid = emulator.invalidRequests().length;
		if (emulator.store.events.length !== expected || invalid > 0) {
			throw new Error(
				`Klaviyo holds ${emulator.store.events.length} of ${expected} events (${invalid} invalid requests)`,
			);
		}
		step(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	} finally {
		for (const undo of cleanup.reverse()) await Promise.resolve(undo()).catch(() => {});
	}
}

/** examples/worker under `wrangler dev`, pointed at the emulator; the package resolves to the sources. */
async function startWorker(
	emulator: EmulatorServer,
	state: string,
	onStop: (undo: () => Promise<void>) => void,
): Promise<string> {
	const port = await freePort();
	const args = [
		'dev',
		'-c',
		workerConfig(state),
		'--ip',
		'127.0.0.1',
		'--port',
		String(port),
		'--var',
		`KLAVIYO_BASE_URL:${emulator.url}`,
		'--var',
		`KLAVIYO_PRIVATE_KEY:${emulator.privateKey}`,
		'--persist-to',
		state,
		'--show-interactive-dev-session=false',
		'--log-level',
		'info',
	];
	const child = spawn(join(root, 'node_modules/.bin/wrangler'), args, {
		cwd: root,
		env: {
			...process.env,
			WRANGLER_SEND_METRICS: 'false',
			CLOUDFLARE_CF_FETCH_ENABLED: 'false',
			NO_COLOR: '1',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	onStop(() => stop(child));
	let log = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`wrangler dev did not start:\n${log}`)), 60_000);
		const read = (chunk: Buffer) => {
			log += chunk.toString();
			for (const line of chunk.toString().split('\n')) {
				if (/QUEUE|POST \/k|GET \/k/.test(line))
					console.log(`  worker: ${line.replace(/^\[wrangler:info\] /, '').trim()}`);
			}
			if (/Ready on/.test(log)) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', read);
		child.once('exit', (code) => reject(new Error(`wrangler dev exited (${code}):\n${log}`)));
	});
	return `http://127.0.0.1:${port}`;
}

/**
 * examples/worker/wrangler.jsonc as is, but with the package's imports aliased to the sources, so
 * the demo runs what is in the tree without `npm run build` (wrangler dev reads aliases from config only).
 */
function workerConfig(dir: string): string {
	const text = readFileSync(join(root, 'examples/worker/wrangler.jsonc'), 'utf8');
	// Its comments take whole lines.
	const config = JSON.parse(text.replace(/^\s*\/\/.*$/gm, '')) as Record<string, unknown>;
	config.main = join(root, 'examples/worker/src/index.ts');
	config.alias = {
		'klaviyo-edge/cloudflare': join(root, 'adapters/cloudflare.ts'),
		'klaviyo-edge/private': join(root, 'src/private/index.ts'),
	};
	const file = join(dir, 'wrangler.json');
	writeFileSync(file, JSON.stringify(config));
	return file;
}

/** Ctrl-C for wrangler (it stops its workerd processes), then a harder stop if it lingers. */
async function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGINT');
	const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
	await exited;
	clearTimeout(timer);
}

/** The shop's origin: the page, the SDK bundle, and `/k/*` passed to the Worker. */
async function startShop(workerUrl: string): Promise<{ url: string; server: Server }> {
	const bundle = await build({
		entryPoints: [join(root, 'src/public/index.ts')],
		bundle: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2020',
		write: false,
	});
	const sdk = bundle.outputFiles[0]!.text;
	const page = `<!doctype html><title>shop</title><script type="module">
import * as sdk from '/sdk.js';
window.sdk = sdk;
window.ready = true;
</script>`;
	const server = createServer((request, response) => {
		serve(request, response).catch((error: unknown) => {
			console.error('  shop: could not reach the Worker:', error);
			if (!response.headersSent) response.writeHead(502).end();
		});
	});
	const serve = async (request: IncomingMessage, response: ServerResponse) => {
		const url = new URL(request.url ?? '/', 'http://shop');
		if (url.pathname.startsWith('/k/')) {
			const chunks: Buffer[] = [];
			for await (const chunk of request) chunks.push(chunk as Buffer);
			const headers = new Headers();
			for (const name of ['content-type', 'origin', 'referer', 'sec-fetch-site']) {
				const value = request.headers[name];
				if (typeof value === 'string') headers.set(name, value);
			}
			// What Cloudflare sets in front of a Worker: the shopper's address.
			headers.set('cf-connecting-ip', '198.51.100.23');
			const answer = await fetch(`${workerUrl}${url.pathname}${url.search}`, {
				method: request.method,
				headers,
				body: chunks.length ? Buffer.concat(chunks) : undefined,
			});
			const body = Buffer.from(await answer.arrayBuffer());
			const passed: Record<string, string> = {};
			for (const name of ['content-type', 'cache-control', 'retry-after']) {
				const value = answer.headers.get(name);
				if (value) passed[name] = value;
			}
			response.writeHead(answer.status, passed).end(body);
			return;
		}
		const [type, body] = url.pathname === '/sdk.js' ? ['text/javascript', sdk] : ['text/html', page];
		response.writeHead(200, { 'content-type': type }).end(body);
	};
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** The system Chromium when there is one, else the one @sparticuz/chromium ships (as test/browser does). */
async function launchChromium(): Promise<Browser> {
	const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	const executablePath = existsSync(system)
		? system
		: await (await import('@sparticuz/chromium')).default.executablePath();
	return chromium.launch({
		executablePath,
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking',
		],
	});
}

function printReceived(emulator: EmulatorServer): void {
	step('What Klaviyo received');
	for (const r of emulator.requests) {
		const body = r.body as {
			data?: {
				attributes?: Record<string, { data?: Array<{ attributes?: { events?: { data?: unknown[] } } }> }>;
			};
		};
		const events = body?.data?.attributes?.['events-bulk-create']?.data?.reduce(
			(n, entry) => n + (entry.attributes?.events?.data?.length ?? 0),
			0,
		);
		const profiles = body?.data?.attributes?.profiles?.data?.length;
		const size =
			events !== undefined ? `${events} events` : profiles !== undefined ? `${profiles} profiles` : '';
		console.log(
			`  ${r.status} ${r.method.padEnd(5)} ${r.path.padEnd(34)} ${size}${r.valid ? '' : ' INVALID'}`,
		);
	}
	const byEmail = new Map<string, number>();
	for (const event of emulator.store.events) {
		const email = emulator.store.profiles.get(event.profile_id)?.email ?? event.profile_id;
		byEmail.set(email, (byEmail.get(email) ?? 0) + 1);
	}
	for (const [email, count] of byEmail) console.log(`  ${email}: ${count} events`);
	console.log(`  ${emulator.requests.length} requests, ${emulator.invalidRequests().length} invalid`);
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

function step(text: string): void {
	console.log(`\n▸ ${text}`);
}
