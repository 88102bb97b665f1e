/**
 * What a storefront pays for the public entry: bundled from source with esbuild (ESM, browser,
 * minified), compressed with brotli like a CDN would. The same budgets are in .size-limit.json,
 * which measures the built `dist/public/index.js`.
 */
import { describe, expect, it } from 'vitest';
import { bundlePublic, ENTRIES } from './bundle.js';
import { rejectionOf, thrownBy } from './helpers.js';

/**
 * Bytes, brotli: the measured sizes (plus about 1 % until the size pass below, none since). Not issue #3's 2 000 (track) and 3 500 (whole
 * entry): those do not fit the behaviour the same issue requires (persistent queue, typed errors,
 * legacy mapping, relay); even a golfed build that keeps all of it needs about 3 250 B for
 * createClient + track. Raising a budget needs a reason.
 *
 * Raised by what the fixes of the browser review cost (+95, +88, +89): a full localStorage no
 * longer throws and loses the call (~50 B), a second shopper is no longer merged into the first
 * (~20 B), an oversized event no longer evicts the whole queue, a call settles when another tab
 * made its last attempt, no lease outlives the page, and keepalive counts UTF-8 bytes.
 * Then +22 / +11: a merely hidden page sends relay requests with fetch (and keeps what fails)
 * instead of a beacon whose outcome is never known; the beacon is for pagehide only.
 * Then +82 / +94: a request lost to two tabs writing the queue at the same moment is put back
 * (tabs note what they settled), where it used to count as delivered.
 * Then +24 / +2: a queue is dropped, not kept in storage, once klaviyo.js's `__kla_off` cookie appears.
 * Then +303 / +350 / +360 (issue 10, NOT yet found elsewhere: a decision for the lead): what storage
 * and cookies hold is checked before it is trusted (queue items, done list, identity, opt-out flag,
 * __kla_id), discarded and reported through onError; stored requests only go to the configured
 * destination; at most 4 in flight, one drain loop at a time; an ignored failure is reported
 * instead of an unhandled rejection.
 * Then +482 / +479 / +522 (issue 7's protocol layer, measured against main at 3,702 / 4,239 / 4,843):
 * every refusal the private client and the relay make, made here too before anything is queued:
 * JSON-safe values in one walk (NaN, ±Infinity, BigInt, functions, Symbols, circular, broken
 * toString/valueOf, 10 levels, 100 KB strings), email and E.164 formats, 400 properties,
 * `properties` shapes, $event_id. Over the issue's 250 B, NOT yet found elsewhere: a decision for
 * the lead. Measured per rule on { track }: email + E.164 71 B, 400 properties 41,
 * toString/valueOf 30, profile walk 20, $event_id 19.
 * Then lowered to what the size pass measured (main before it: 4,183 / 4,703 / 5,370): -34 / -40 / -54,
 * from shared helpers and shorter paths with the same results (see its commits). Still over issue
 * 7/10's budgets (3,650 / 4,155 / 4,740: the 3,400 / 3,905 / 4,490 CI enforced, plus 250 B) by
 * 499 / 508 / 576 B: what is left is required behaviour, not duplication; a decision for the lead.
 * Then +65 / +72 / +61 (issue 10's replay; a decision for the lead): a stored queue is parsed again
 * only when someone else changed it, and an answer is written once, not twice: 3,000 stored
 * requests replay in ~20 s instead of over 120 s (JSON of the whole queue on every answer).
 * Then +2 / +3 / +12: `sendOnce` builds its error context only when there is an error, which took
 * the private client from 1.11x to 1.06x a bare fetch per request (issue 7's CPU target, 1.10x).
 */
const BUDGET = { track: 4_216, createClientAndTrack: 4_780, wholeEntry: 5_435 };

/**
 * Issue #17 (the storefront), a decision for the lead: `createClient(key, { consent: 'pending' })`
 * is an option of createClient, so its code is in createClient's graph: +40 / +44 B on
 * { createClient, track } and the whole entry (measured with and without it on this branch:
 * 4,727 -> 4,767 and 5,380 -> 5,424; budgets 4,738 -> 4,767, 5,389 -> 5,424). Then +7 / +5 once merged
 * with main (4,774 / 5,429; budgets 4,775 / 5,430): a pending client also skips the page-exit
 * listeners, whose sendBeacon to a relay would have left before consent (grantConsent adds them).
 * { track } alone is unchanged (4,213 against its 4,216). Everything else of the storefront is in
 * its own entry, klaviyo-edge/storefront, with a budget per export below: re-exporting it from
 * klaviyo-edge/public would have moved { track } by -2 to +6 B through the minifier's renaming
 * alone. The alternative that keeps the old figures is a separate constructor for a pending
 * client (e.g. `createPendingClient` in klaviyo-edge/storefront), at the cost of the issue's
 * `createClient(key, { consent: 'pending' })`.
 * Then +5 / +5 on the budgets (4,775 -> 4,780, 5,430 -> 5,435) with the relay's bulk merged, for no
 * code of theirs: { createClient, track } is the same 11,745 B of minified code, but the protocol
 * module graph grew (wire.ts's /track-bulk), esbuild hands out other short names, and brotli packs
 * them 2 B worse (4,774 -> 4,776; the whole entry 5,429 -> 5,431). { track } went 4,213 -> 4,206.
 */
/*
 * Then +341 / +481 / +422 / +417 (batchEvents / createBatchedClient / the whole storefront / onsite:
 * 2,825 -> 3,166, 4,931 -> 5,412, 8,314 -> 8,736, 7,376 -> 7,793): bulk through a first-party
 * relay. A client with an `endpoint` sends what is queued for a shopper to `{endpoint}/track-bulk`
 * in one request (its stored GETs and form POSTs read back: base64 and UTF-8), each refused event
 * gets its own errors, and createBatchedClient's clients send one beacon per bulk at page exit
 * (with the checks the queue makes first: consent, opt-out, leases). { track } and
 * { createClient, track } do not grow (4,211 -> 4,204, 4,773 -> 4,772).
 */
const STOREFRONT_BUDGET: Record<string, number> = {
	// +81 B: grantConsent now starts the page-exit listeners a pending client went without.
	'{ grantConsent }': 3_300,
	'{ denyConsent }': 970,
	'{ batchEvents }': 3_190,
	'{ createBatchedClient }': 5_445,
	'{ subscribeBackInStock }': 2_500,
	// +50 B: paging stops with a KlaviyoError when links.next repeats a page already read (a broken
	// cursor paged forever before); 2,306 -> 2,359.
	'{ getReviews }': 2_375,
	'{ getReviewFigures }': 2_000,
	'{ createReview }': 2_160,
	'{ trackPageViews }': 4_525,
	'*': 8_822,
};

/** klaviyo-edge/onsite: all of it is what the page runs (the browser build installs itself). */
const ONSITE_BUDGET = 7_857;

const bundle = async (names: string) => {
	const { code, brotli, inputs } = await bundlePublic(names);
	return { code, brotli, inputs: Object.keys(inputs) };
};

describe('the public bundle', () => {
	it.each([
		['{ track }', BUDGET.track],
		['{ createClient, track }', BUDGET.createClientAndTrack],
	])('%s stays within its budget', async (exports, budget) => {
		const { brotli } = await bundle(exports);
		console.info(`${exports}: ${brotli} B brotli`);
		expect(brotli).toBeLessThanOrEqual(budget);
	});

	it('the whole entry stays within its budget, with no private API, ky or valibot in it', async () => {
		const { code, brotli, inputs } = await bundle('*');
		console.info(`whole public entry: ${brotli} B brotli`);
		expect(brotli).toBeLessThanOrEqual(BUDGET.wholeEntry);
		expect(code).not.toContain('/api/');
		expect(code).not.toMatch(/Klaviyo-API-Key|authorization/i);
		expect(inputs.filter((input) => /node_modules\/(ky|valibot)\//.test(input))).toEqual([]);
		expect(inputs.filter((input) => input.includes('src/private/'))).toEqual([]);
	});

	it.each(Object.entries(STOREFRONT_BUDGET))(
		'klaviyo-edge/storefront %s stays within its budget',
		async (names, budget) => {
			const { brotli } = await bundlePublic(names, ENTRIES.storefront);
			console.info(`klaviyo-edge/storefront ${names}: ${brotli} B brotli`);
			expect(brotli).toBeLessThanOrEqual(budget);
		},
	);

	it('klaviyo-edge/onsite stays within its budget', async () => {
		const { brotli } = await bundlePublic('{ installOnsite }', ENTRIES.onsite);
		console.info(`klaviyo-edge/onsite: ${brotli} B brotli`);
		expect(brotli).toBeLessThanOrEqual(ONSITE_BUDGET);
	});

	it('a page importing track or createClient ships none of the storefront: consent decisions, bulk, reviews', async () => {
		for (const names of ['{ track }', '{ createClient, track }']) {
			const { inputs } = await bundle(names);
			const storefront = inputs.filter((input) =>
				/consent\/decide|outbox\/bulk|reviews|back-in-stock|page-views|direct|onsite/.test(input),
			);
			expect(storefront).toEqual([]);
		}
		// What pending consent costs createClient: one constant and the option's check.
		const { inputs } = await bundle('{ track }');
		expect(inputs.filter((input) => input.includes('consent/'))).toEqual([]);
	});

	it('a page importing only track does not ship identify, subscribe or the class', async () => {
		const { code } = await bundle('{ createClient, track }');
		expect(code).not.toContain('List ID was not provided.');
		expect(code).not.toContain('This value is not writeable.');
		expect(code).toContain('Event name was not provided.');
	});

	it('every error the minified bundle throws says its own class name', async () => {
		// A minifier renames classes: the names must not come from the constructors.
		const { code } = await bundle('*');
		const sdk: typeof import('../../src/public/index.js') = await import(
			/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
		);
		const answering = (status: number) => async () => new Response('{}', { status });
		const failing = (error: Error) => async () => Promise.reject(error);
		/** What a `track` call rejects with, given the client's options. */
		const rejection = (options: import('../../src/public/index.js').PublicClientOptions) => {
			const client = sdk.createClient('PUBKEY', {
				storage: sdk.memoryStorage(),
				maxRetries: 0,
				onError: () => {},
				...options,
			});
			return rejectionOf(sdk.track(client, { event: 'Viewed', email: 'a@example.com' })) as Promise<Error>;
		};
		const thrown = [
			thrownBy(() => sdk.createClient('pk_0123456789')),
			thrownBy(() => sdk.track(sdk.createClient('PUBKEY'), { event: 'Viewed' })),
			await rejection({ maxQueueLength: 0 }),
			await rejection({ fetch: answering(400) }),
			await rejection({ fetch: answering(401) }),
			await rejection({ fetch: answering(429) }),
			await rejection({ fetch: answering(503) }),
			await rejection({ fetch: failing(new TypeError('fetch failed')) }),
			await rejection({ fetch: failing(new DOMException('The operation timed out.', 'TimeoutError')) }),
		];
		expect(thrown.map((error) => [error.name, error instanceof sdk.KlaviyoError])).toEqual(
			[
				'KlaviyoConfigurationError',
				'KlaviyoValidationError',
				'KlaviyoError',
				'KlaviyoApiError',
				'KlaviyoAuthenticationError',
				'KlaviyoRateLimitError',
				'KlaviyoServerError',
				'KlaviyoConnectionError',
				'KlaviyoTimeoutError',
			].map((name) => [name, true]),
		);
		expect(String(thrown[3])).toMatch(/^KlaviyoApiError: Request failed with status code: 400/);
		expect(new sdk.KlaviyoTimeoutError('late').name).toBe('KlaviyoTimeoutError');
	});
});
