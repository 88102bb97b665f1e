/**
 * The figures the docs quote, read again from their one source (the code, the build, the
 * installed runtimes), so a doc cannot drift from what ships. docs/relay.md's caps and limits are
 * checked by test/docs/relay.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { createEmulator } from 'klaviyo-edge/testing';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { workerSizes } from '../../bench/worker-size.js';
import {
	BACKOFF_BASE_MS,
	BACKOFF_CAP_MS,
	REDELIVERY_MAX_DELAY_SECONDS as MAX_DELAY_SECONDS,
	RETRY_AFTER_CAP_MS,
} from '../../src/core/retry.js';
import { PrivateClient } from '../../src/private/index.js';
import { bundlePublic, ENTRIES } from '../public/bundle.js';
import { bundleWorker, SERVER_WORKERS } from '../worker-bundle.js';
import { docFiles } from './samples.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');
const bytes = (n: number) => `${n.toLocaleString('en-US')} B`;
const readme = read('README.md');
/** The README table row whose first cell contains `label`. */
const row = (text: string, label: string) => {
	const line = text.split('\n').find((l) => l.startsWith('|') && l.split('|')[1]!.includes(label));
	if (!line) throw new Error(`no table row for ${label}`);
	return line.split('|').map((cell) => cell.trim());
};
const version = (name: string) =>
	(JSON.parse(read(`node_modules/${name}/package.json`)) as { version: string }).version;

describe('README: Size', () => {
	const budgets =
		/const BUDGET = \{ track: ([\d_]+), createClientAndTrack: ([\d_]+), wholeEntry: ([\d_]+) \}/.exec(
			read('test/public/index.size.test.ts'),
		);
	const budget = (i: number) => Number(budgets![i]!.replace(/_/g, ''));
	it.each([
		['`{ track }`', '{ track }', 1],
		['`{ createClient, track }`', '{ createClient, track }', 2],
		['`{ identify }`', '{ identify }', 0],
		['the whole entry', '*', 3],
	] as const)(
		'%s: minified, brotli and budget are what the build and the size test say',
		async (label, names, b) => {
			const { code, brotli } = await bundlePublic(names);
			const [, , minified, compressed, ci] = row(readme, label);
			expect([minified, compressed]).toEqual([bytes(code.length), bytes(brotli)]);
			expect(ci).toBe(b ? bytes(budget(b)) : '—');
		},
	);

	it('the CDN file', () => {
		const file = readFileSync(`${root}dist/browser/klaviyo-edge.min.js`);
		const brotli = brotliCompressSync(file, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
		expect(row(readme, 'dist/browser/klaviyo-edge.min.js').slice(2, 4)).toEqual([
			bytes(file.length),
			bytes(brotli),
		]);
	});
});

describe('README: storefront entries', () => {
	const sizeTest = read('test/public/index.size.test.ts');
	/** The size test's budget for `names` from klaviyo-edge/storefront (`'{ x }': 3_300`), or klaviyo-edge/onsite's. */
	const budget = (names: string | undefined) => {
		const source = names
			? new RegExp(`'${names.replace(/[{}*]/g, '\\$&')}': ([\\d_]+)`).exec(sizeTest)
			: /const ONSITE_BUDGET = ([\d_]+)/.exec(sizeTest);
		return Number(source![1]!.replace(/_/g, ''));
	};
	const storefront = [
		'{ grantConsent }',
		'{ denyConsent }',
		'{ batchEvents }',
		'{ createBatchedClient }',
		'{ subscribeBackInStock }',
		'{ getReviews }',
		'{ getReviewFigures }',
		'{ createReview }',
		'{ trackPageViews }',
	];
	it.each([
		...storefront.map((names) => [`\`${names}\` from`, names, ENTRIES.storefront] as const),
		['the whole `klaviyo-edge/storefront`', '*', ENTRIES.storefront] as const,
		['`klaviyo-edge/onsite` (`{ installOnsite }`)', '{ installOnsite }', ENTRIES.onsite] as const,
	])('%s: brotli and budget are what the build and the size test say', async (label, names, entry) => {
		const { brotli } = await bundlePublic(names, entry);
		const ci = budget(entry === ENTRIES.onsite ? undefined : names);
		expect(row(readme, label).slice(2, 4)).toEqual([bytes(brotli), bytes(ci)]);
	});

	it('the <script> build', () => {
		const file = readFileSync(`${root}dist/browser/klaviyo-edge-onsite.min.js`);
		const brotli = brotliCompressSync(file, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
		expect(row(readme, 'dist/browser/klaviyo-edge-onsite.min.js')[2]).toBe(bytes(brotli));
	});
});

describe('README: server entries', () => {
	/** A size test's `BUDGET` entry, read from its source: `name: 4_140` or `name: { brotli: 9_720`. */
	const budget = (file: string, name: string) =>
		Number(new RegExp(`${name}: (?:\\{ brotli: )?([\\d_]+)`).exec(read(file))![1]!.replace(/_/g, ''));
	it.each([
		[
			'`{ KlaviyoOAuth, kvTokenStorage }`',
			SERVER_WORKERS.oauthApp,
			'test/oauth/index.bundle.test.ts',
			'oauthWithKv',
		],
		[
			'`{ verifyWebhook }`',
			SERVER_WORKERS.verifyWebhook,
			'test/webhooks/index.bundle.test.ts',
			'verifyWebhook',
		],
		[
			'the whole `/webhooks` entry',
			SERVER_WORKERS.webhooksWhole,
			'test/webhooks/index.bundle.test.ts',
			'wholeEntry',
		],
		[
			'profiles + lists Worker on `/klaviyo-api`',
			SERVER_WORKERS.compatProfilesAndLists,
			'test/klaviyo-api/index.size.test.ts',
			'profilesAndLists',
		],
	])(
		'%s: brotli, gzip and budget are what the build and its size test say',
		async (label, worker, file, name) => {
			const { brotli, gzip } = await bundleWorker(worker);
			expect(row(readme, label).slice(2, 5)).toEqual([bytes(brotli), bytes(gzip), bytes(budget(file, name))]);
		},
	);
});

it("the Worker sizes in README and docs/performance.md are today's build's", async () => {
	const { edge, official, oneResource } = await workerSizes();
	const ratio = `1/${(official.gzip / edge.gzip).toFixed(1)}`;
	expect(row(readme, 'a Worker using profiles + lists').slice(2, 5)).toEqual([
		bytes(edge.gzip),
		bytes(official.gzip),
		ratio,
	]);
	expect(row(readme, 'a Worker using `Lists` alone')[2]).toBe(bytes(oneResource.gzip));
	const performance = read('docs/performance.md').replace(/\s+/g, ' ');
	expect(performance).toContain(
		`The Worker sizes of today's build are ${bytes(edge.gzip)} vs ${bytes(official.gzip)} gzip (${ratio}), lists alone ${bytes(oneResource.gzip)}`,
	);
}, 60_000);

describe('README: runtime matrix', () => {
	const cell = (label: string) => row(readme, label)[2];
	it('names the versions npm ci installs', () => {
		expect(cell('Chromium')).toBe(version('@sparticuz/chromium').split('.')[0]);
		expect(cell('happy-dom')).toBe(version('happy-dom').split('.')[0]);
		expect(cell('Deno')).toBe(version('deno').split('.').slice(0, 2).join('.'));
		expect(cell('Bun')).toBe(version('bun').split('.').slice(0, 2).join('.'));
		const workerd = /^1\.(\d{4})(\d{2})(\d{2})\./.exec(version('workerd'))!;
		expect(cell('Cloudflare Workers')).toBe(`${workerd[1]}-${workerd[2]}-${workerd[3]}`);
	});
	it('names the Node versions npm test runs', () => {
		const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
		const pinned = JSON.parse(read('test/runtimes/node-versions/package.json')) as {
			dependencies: Record<string, string>;
		};
		const listed = Object.values(pinned.dependencies).map((spec) =>
			spec.split('@').at(-1)!.split('.').slice(0, 2).join('.'),
		);
		expect(cell('Node')).toBe([`≥ ${engines.replace('>=', '')}`, ...listed].join(', '));
	});
});

describe('defaults and limits', () => {
	it('docs/scaling.md: the longest retry delay is the one the consumer caps at', () => {
		expect(read('docs/scaling.md')).toContain(`\`delaySeconds\` ≤ ${MAX_DELAY_SECONDS / 3600} h`);
	});

	it("docs/reliability.md: the retry policy's figures are the code's", () => {
		const text = read('docs/reliability.md').replace(/\s+/g, ' ');
		expect(text).toContain(`capped at ${RETRY_AFTER_CAP_MS / 1000} s`);
		expect(text).toContain(
			`(${BACKOFF_BASE_MS / 1000} s, ${BACKOFF_BASE_MS / 500} s, ${BACKOFF_BASE_MS / 250} s … capped at ${BACKOFF_CAP_MS / 1000} s)`,
		);
	});

	it('README: maxRetries defaults to 3: a request is tried 4 times', async () => {
		expect(readme).toContain('up to `maxRetries` (default 3)');
		const emulator = createEmulator();
		emulator.faults.add({ path: '/api/lists', status: 429, retryAfter: 0, times: Infinity });
		const client = new PrivateClient(emulator.privateKey, { fetch: emulator.fetch, rateLimiter: false });
		await expect(client.lists.getLists()).rejects.toMatchObject({ statusCode: 429 });
		expect(emulator.requests.filter((r) => r.path === '/api/lists')).toHaveLength(4);
	});

	it("README: the client's and a call's options are the ones the types have", () => {
		const program = ts.createProgram([`${root}src/core/options.ts`], { noEmit: true, types: [] });
		const checker = program.getTypeChecker();
		const members = (name: string) => {
			const source = program.getSourceFile(`${root}src/core/options.ts`)!;
			const node = source.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === name)!;
			return checker
				.getPropertiesOfType(checker.getTypeAtLocation(node))
				.map((p) => `\`${p.name}\``)
				.sort();
		};
		const text = readme.replace(/\s+/g, ' ');
		const client = /Options on every client: (.*?)\. A single call takes/.exec(text)![1]!;
		const call = /A single call takes (.*?) for itself/.exec(text)![1]!;
		const listed = (list: string) => (list.match(/`\w+`/g) ?? []).sort();
		expect(listed(client)).toEqual(members('ClientOptions'));
		expect(listed(call)).toEqual(members('RequestOptions'));
	});
});

/** Words about how the project is run, not about the package: they do not belong in user docs. */
const INTERNAL = [
	/\bissue #?\d+/i,
	/\bthe lead\b/i,
	/a decision for/i,
	/\bowns? (this|the) path/i,
	/\bengineer\b/i,
	/\bbranch (i|api|emu|apps)\d+/i,
];

it('user docs carry no internal words (issue numbers, who owns what, decisions pending)', () => {
	const found: string[] = [];
	for (const file of docFiles(root).filter((f) => f !== 'CONTRIBUTING.md')) {
		read(file)
			.split('\n')
			.forEach((line, i) => {
				for (const word of INTERNAL) if (word.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
			});
	}
	expect(found).toEqual([]);
});
