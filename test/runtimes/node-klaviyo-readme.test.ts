import { fork } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type EmulatorServer, type RecordedRequest, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPacked, type PackedProject, repoRoot, run } from './packed.js';
import { type Example, readmeCode, readReadme } from './readme-examples.js';

/**
 * node-klaviyo's README, from its `require` line on, with only the package name changed, runs
 * against the emulator from the packed package: once as a CommonJS script, once as ESM (where
 * the `require` line becomes `import Klaviyo from 'klaviyo-edge'`). Each example runs as written
 * (direct `eval` of its text, in the scope of the README's own `KlaviyoClient`), one after the
 * other, each against the account the README presumes: the ids it names exist, seeded through
 * the emulator's store before every example. The examples use Klaviyo's default host; a
 * preloaded fetch wrapper (the test's, not the SDK's) sends https://a.klaviyo.com to the
 * emulator and refuses any other origin, so the SDK runs exactly as configured by the README.
 */

const readme = readmeCode(readReadme());

/**
 * The README's own typos, fixed as little as possible (each is checked to fail as written):
 * two missing commas (a SyntaxError), and unquoted dates, which JavaScript computes
 * (2020-11-25 is 1984) and the SDK refuses with a typed error (run below, as written).
 */
const TYPOS: Record<string, Array<[string, string]>> = {
	'profiles.updateProfile': [["profileId: 'myProfileId'\n", "profileId: 'myProfileId',\n"]],
	'metrics.getMetricExport': [
		['myMessageId"]]\'\n', 'myMessageId"]]\',\n'],
		['start_date: 2020-11-25,', "start_date: '2020-11-25',"],
		['end_date: 2020-12-02,', "end_date: '2020-12-02',"],
	],
};

function fixed({ method, code }: Example): string {
	return (TYPOS[method] ?? []).reduce((text, [typo, fix]) => {
		if (!text.includes(typo)) throw new Error(`${method}: the README no longer has ${JSON.stringify(typo)}`);
		return text.replace(typo, fix);
	}, code);
}

const examples = readme.examples.map((example) => ({ ...example, code: fixed(example) }));
/** getMetricExport with its commas fixed but its dates as written: must fail with a typed error. */
const unquotedDates = TYPOS['metrics.getMetricExport']!.slice(0, 1).reduce(
	(text, [typo, fix]) => text.replace(typo, fix),
	readme.examples.find((e) => e.method === 'metrics.getMetricExport')!.code,
);

/** The account the README's examples presume, with the ids they name. */
function seed(emu: EmulatorServer): void {
	const { store } = emu;
	store.ensureMetric('Ordered Pizza', 'myMetricId');
	const dave = store.addProfile({
		id: 'myProfileId',
		email: 'pizza.dave@mailinator.com',
		properties: { favoriteFood: 'Pad thai', last_purchase_date: '2020-11-30', 'This one has spaces': 1 },
	});
	// One event before the examples' `since` (1606262400, 2020-11-25) and one after: the descending
	// timelines read back from it, the ascending ones on from it.
	for (const time of ['2020-11-20T12:00:00Z', '2020-11-26T12:00:00Z']) {
		store.addEvent({ profileId: dave.id, metricName: 'Ordered Pizza', time, value: 23.99 });
	}
	const sam = store.addProfile({ email: 'salami.sam@mailinator.com', phone_number: '+12223334444' });
	const gone = store.addProfile({ email: 'gone@mailinator.com' });
	gone.subscriptions.email.marketing.list_suppressions.push({
		list_id: 'myListId',
		reason: 'UNSUBSCRIBE',
		timestamp: '2020-12-01T00:00:00+00:00',
	});
	store.addList({ id: 'myListId', name: 'Pizza fans', profileIds: [dave.id, sam.id, gone.id] });
	store.addSegment({ id: 'mySegmentOrListId', name: 'Regulars', profileIds: [dave.id, sam.id] });
	// "myMarkerFromPreviousResponse": the second page of whatever it is used on.
	store.cursors.set('myMarkerFromPreviousResponse', 1);
}

interface Outcome {
	method: string;
	result?: unknown;
	error?: { name: string; message: string; field?: string };
	requests: RecordedRequest[];
}

/** Sent to the child after the README's prelude: runs each example, asking the test to seed first. */
const HARNESS = `
// ── Test harness, not from the README ──
(async () => {
	const { readFileSync } = await import('node:fs');
	const examples = JSON.parse(readFileSync(process.env.EXAMPLES_FILE, 'utf8'));
	const ask = (message) => new Promise((resolve) => { process.once('message', resolve); process.send(message); });
	for (const code of examples) {
		await ask({ seed: true });
		let outcome;
		try {
			outcome = { result: JSON.parse(JSON.stringify((await eval(code)) ?? null)) };
		} catch (error) {
			outcome = { error: { name: error?.name, message: String(error?.message), field: error?.field } };
		}
		await ask(outcome);
	}
	process.disconnect();
})();
`;

/** Test harness: Klaviyo's host → the emulator; anything else refused. Loaded with --import. */
const REDIRECT = `
const target = process.env.EMULATOR_URL;
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
	const request = new Request(input, init);
	const url = new URL(request.url);
	if (url.origin !== 'https://a.klaviyo.com') throw new TypeError('test: refused request to ' + url.origin);
	const body = request.body ? await request.arrayBuffer() : undefined;
	return realFetch(target + url.pathname + url.search, {
		method: request.method,
		headers: request.headers,
		body,
		signal: request.signal,
	});
};
`;

let emu: EmulatorServer;
let pkg: PackedProject;

beforeAll(async () => {
	[pkg, emu] = await Promise.all([
		installPacked(),
		startEmulator({ publicKey: 'myPublicToken', privateKey: 'myPrivateToken' }),
	]);
	const runnable = [...examples.map((e) => e.code), unquotedDates];
	await writeFile(join(pkg.dir, 'examples.json'), JSON.stringify(runnable));
	await writeFile(join(pkg.dir, 'redirect.mjs'), REDIRECT);
	const cjs = readme.prelude.replace("require('node-klaviyo')", "require('klaviyo-edge')");
	const esm = readme.prelude.replace(
		"const Klaviyo = require('node-klaviyo');",
		"import Klaviyo from 'klaviyo-edge';",
	);
	await writeFile(join(pkg.dir, 'readme.cjs'), cjs + HARNESS);
	await writeFile(join(pkg.dir, 'readme.mjs'), esm + HARNESS);
}, 240_000);
afterAll(async () => {
	await emu?.close();
	await pkg?.remove();
});

/** Runs one script, seeding before each example; resolves with what each example did. */
function runReadme(script: string): Promise<Outcome[]> {
	const methods = [...examples.map((e) => e.method), 'metrics.getMetricExport (dates as written)'];
	const outcomes: Outcome[] = [];
	return new Promise((resolve, reject) => {
		const child = fork(join(pkg.dir, script), {
			cwd: pkg.dir,
			execArgv: ['--import', './redirect.mjs'],
			env: { ...process.env, EMULATOR_URL: emu.url, EXAMPLES_FILE: join(pkg.dir, 'examples.json') },
			stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
			timeout: 60_000,
		});
		let stderr = '';
		child.stderr!.on('data', (chunk) => {
			stderr += chunk;
		});
		child.on('message', (message: { seed?: true } & Omit<Outcome, 'method' | 'requests'>) => {
			if (message.seed) {
				emu.reset();
				seed(emu);
			} else {
				outcomes.push({ method: methods[outcomes.length]!, ...message, requests: [...emu.requests] });
			}
			child.send('go');
		});
		child.on('error', reject);
		child.on('exit', (code) => {
			if (code === 0 && outcomes.length === methods.length) resolve(outcomes);
			else reject(new Error(`${script} exited ${code} after ${outcomes.length} examples:\n${stderr}`));
		});
	});
}

it('cuts the README into its prelude and 26 examples; only the typos fixed above fail to parse', () => {
	expect(readme.prelude.split('\n')[0]).toBe("const Klaviyo = require('node-klaviyo');");
	expect(readme.examples).toHaveLength(26);
	const parses = (code: string) => {
		try {
			new Function('KlaviyoClient', code);
			return true;
		} catch (error) {
			expect(error).toBeInstanceOf(SyntaxError);
			return false;
		}
	};
	expect(readme.examples.filter((e) => !parses(e.code)).map((e) => e.method)).toEqual([
		'profiles.updateProfile',
		'metrics.getMetricExport',
	]);
	expect(examples.every((e) => parses(e.code))).toBe(true);
	expect(parses(unquotedDates)).toBe(true);
});

describe.each(['readme.cjs', 'readme.mjs'])('%s', (script) => {
	let outcomes: Outcome[];
	beforeAll(async () => {
		outcomes = await runReadme(script);
	}, 90_000);
	const outcome = (method: string) => outcomes.find((o) => o.method === method)!;

	it('runs every example without an error, each request valid under the spec, none elsewhere', () => {
		const failed = outcomes.slice(0, -1).filter((o) => o.error);
		expect(failed.map((o) => [o.method, o.error])).toEqual([]);
		for (const { method, requests } of outcomes.slice(0, -1)) {
			expect(requests.length, method).toBeGreaterThan(0);
			expect(
				requests.filter((r) => !r.valid).map((r) => [r.path, r.violations]),
				method,
			).toEqual([]);
		}
	});

	it('gets what each example asks for from the seeded account', () => {
		expect(outcome('public.identify').result).toBe(1);
		expect(outcome('public.track').result).toBe(1);
		expect(outcome('profiles.getProfile').result).toMatchObject({ data: { id: 'myProfileId' } });
		expect(outcome('profiles.getProfileIdByEmail').result).toEqual({ id: 'myProfileId' });
		expect(outcome('profiles.updateProfile').result).toMatchObject({
			data: { attributes: { properties: { favoriteFood: 'Tacos' } } },
		});
		expect(outcome('profiles.getProfileMetricsTimelineById').result).toMatchObject({
			data: [{ relationships: { metric: { data: { id: 'myMetricId' } } } }],
		});
		expect(outcome('profiles.unsetProfileProperties').result).toMatchObject({
			data: { attributes: { properties: {} } },
		});
		expect(outcome('lists.getListById').result).toMatchObject({ data: { id: 'myListId' } });
		expect(outcome('lists.deleteList').result).toEqual({});
		expect(outcome('lists.getListExclusions').requests[0]!.query).toMatchObject({
			'page[cursor]': 'myMarkerFromPreviousResponse',
		});
		// A segment id: the list lookup 404s, then the segment's members from the marker on.
		expect(outcome('lists.getAllMembers').requests.map((r) => [r.path, r.status])).toEqual([
			['/api/lists/mySegmentOrListId/profiles', 404],
			['/api/segments/mySegmentOrListId/profiles', 200],
		]);
		expect(outcome('lists.getAllMembers').result).toMatchObject({ data: [{ type: 'profile' }] });
		expect(outcome('dataPrivacy.requestProfileDeletion').requests.at(-1)!.status).toBe(202);
	});

	it('reports the push token it cannot send, and carries SMS consent, in the list examples', () => {
		for (const method of ['lists.addSubscribersToList', 'lists.addMembersToList']) {
			const { result, requests } = outcome(method);
			expect(result, method).toMatchObject({
				sent: 3,
				failed: 0,
				unsent: [{ profile: 2, field: 'push_token', reason: expect.stringContaining('platform and vendor') }],
			});
			expect(JSON.stringify(requests.map((r) => r.body)), method).not.toContain('myPushToken');
			const consent = requests.filter((r) => r.path === '/api/profile-subscription-bulk-create-jobs');
			expect(JSON.stringify(consent.map((r) => r.body)), method).toContain(
				'"sms":{"marketing":{"consent":"SUBSCRIBED"}}',
			);
		}
		expect(outcome('lists.addMembersToList').result).toMatchObject({ consented: { sent: 1 } });
	});

	it('refuses the unquoted dates of getMetricExport, sending nothing', () => {
		const { error, requests } = outcomes.at(-1)!;
		if (script.endsWith('.cjs')) {
			// Sloppy mode computes 2020-11-25 = 1984: the SDK refuses it with a typed error.
			expect(error).toMatchObject({ name: 'KlaviyoValidationError', field: 'start_date' });
		} else {
			// A module is strict, where the 02 of 2020-12-02 (an octal literal) does not parse.
			expect(error).toMatchObject({ name: 'SyntaxError', message: expect.stringMatching(/strict mode/) });
		}
		expect(requests).toEqual([]);
	});
});

it('types require("klaviyo-edge") for TypeScript CommonJS code: the class, with every named export', async () => {
	await writeFile(
		join(pkg.dir, 'check.cts'),
		`import Klaviyo = require('klaviyo-edge');
import { KlaviyoError, PrivateClient, type KlaviyoOptions, type SubscribeToListResult } from 'klaviyo-edge';
const options: KlaviyoOptions = { privateToken: 'pk_test' };
const klaviyo: Klaviyo = new Klaviyo(options);
const same: typeof Klaviyo.default = Klaviyo.Klaviyo;
const privateClient: PrivateClient = new Klaviyo.PrivateClient('pk_test');
const error: KlaviyoError = new Klaviyo.KlaviyoApiError(400);
const report: Promise<SubscribeToListResult> = klaviyo.lists.addSubscribersToList({ listId: 'x' });
export { same, privateClient, error, report };
`,
	);
	const compilerOptions = { noEmit: true, strict: true, module: 'node16', lib: ['es2022', 'dom'], types: [] };
	await writeFile(join(pkg.dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['check.cts'] }));
	const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
	await run(process.execPath, [tsc, '-p', '.'], { cwd: pkg.dir }).catch((error) => {
		throw new Error(error.stdout || error.message);
	});
	// Every export of the ESM declarations is in the CommonJS namespace too (missing ones: run
	// `npx tsup && npm run gen:commonjs-types`). Read from the text: tsup's declarations end in
	// `export { … }` lists.
	const text = (file: string) => readFile(join(pkg.dir, 'node_modules', 'klaviyo-edge', file), 'utf8');
	const esm = [...(await text('dist/index.d.ts')).matchAll(/^export \{([^}]*)\}/gm)]
		.flatMap((m) => m[1]!.split(','))
		.map((name) => name.trim().split(/\s+/).at(-1)!)
		.filter((name) => name && name !== 'default');
	const cjs = [...(await text('commonjs/index.d.cts')).matchAll(/^\texport (?:import|type) (\w+) =/gm)].map(
		(m) => m[1],
	);
	expect(esm.length).toBeGreaterThan(60);
	expect(
		esm.filter((name) => !cjs.includes(name)),
		'npm run gen:commonjs-types',
	).toEqual([]);
}, 120_000);
