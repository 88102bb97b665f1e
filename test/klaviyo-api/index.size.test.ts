/**
 * klaviyo-edge/klaviyo-api in a Worker: klaviyo-api's own profiles + lists Worker with only its
 * import changed is at most 1/10 of the same Worker on klaviyo-api (bundled as wrangler does with
 * nodejs_compat: Node's builtins left out), and each part ships only what it uses.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleWorker, klaviyoApiWorker } from '../worker-bundle.js';

/** Measured size plus about 2 % (brotli, gzip). Raising one needs a reason in the commit. */
// Raised from 9,300 / 10,500 (measured 9,532 / 10,755 once merged): the transport's OAuth sessions
// (issue #16), the daily rate caps (issue #15) and the one refusal format (issue #14) it is built on.
const BUDGET = { profilesAndLists: { brotli: 9_720, gzip: 10_970 }, pkce: { brotli: 2_530 } };

const worker = klaviyoApiWorker;

/** A path each class of klaviyo-edge/api sends to, and no other class does. */
const CLASSES = {
	ProfilesApi: '/api/profile-import',
	ListsApi: '/api/lists/{id}/relationships/flow-triggers',
	CatalogsApi: '/api/catalog-items',
	CouponsApi: '/api/coupon-codes',
	EventsApi: '/api/event-bulk-create-jobs',
	CampaignsApi: '/api/campaign-clone',
	ImagesApi: '/api/image-upload',
};
/** The classes of klaviyo-edge/api a bundle holds, told by their descriptors (`path:"…"`). */
const classesIn = (code: string) =>
	Object.keys(CLASSES).filter((name) => code.includes(`path:"${CLASSES[name as keyof typeof CLASSES]}"`));

describe('size', () => {
	it('the profiles + lists Worker is ≤ 1/10 of klaviyo-api’s (gzip), within its budget', async () => {
		const ours = await bundleWorker(worker('klaviyo-edge/klaviyo-api'));
		const theirs = await build({
			stdin: { contents: worker('klaviyo-api'), resolveDir: '.', loader: 'js' },
			bundle: true,
			minify: true,
			format: 'esm',
			platform: 'node',
			conditions: ['workerd', 'worker'],
			write: false,
			logLevel: 'silent',
		});
		const theirGzip = gzipSync(theirs.outputFiles[0]!.contents, { level: 9 }).length;
		console.info(
			`profiles + lists Worker: klaviyo-edge/klaviyo-api ${ours.gzip} B gzip (${ours.brotli} B brotli), klaviyo-api ${theirGzip} B gzip: 1/${(theirGzip / ours.gzip).toFixed(1)}`,
		);
		expect(ours.gzip * 10).toBeLessThanOrEqual(theirGzip);
		expect(ours.brotli).toBeLessThanOrEqual(BUDGET.profilesAndLists.brotli);
		expect(ours.gzip).toBeLessThanOrEqual(BUDGET.profilesAndLists.gzip);
	}, 60_000);
});

describe('tree-shaking', () => {
	it('the profiles + lists Worker ships those two classes, no OAuth, no PKCE, no FilterBuilder, no preconfigured objects', async () => {
		const { code } = await bundleWorker(worker('klaviyo-edge/klaviyo-api'));
		expect(classesIn(code)).toEqual(['ProfilesApi', 'ListsApi']);
		expect(code).not.toContain('/oauth/token');
		expect(code).not.toContain('code_challenge');
		expect(code).not.toContain('contains-all');
		expect(code).not.toContain('No API Key set');
		// Its conversions are there: shapes and the dashed names.
		expect(code).toContain('flow-triggers');
	});

	it('Profiles on the global key ships ProfilesApi alone: the other preconfigured objects are dropped', async () => {
		const { code } =
			await bundleWorker(`import { GlobalApiKeySettings, Profiles } from 'klaviyo-edge/klaviyo-api';
export default { async fetch(request, env) {
	new GlobalApiKeySettings(env.KLAVIYO_PRIVATE_KEY);
	return Response.json((await Profiles.getProfiles()).body);
} };`);
		expect(classesIn(code)).toEqual(['ProfilesApi']);
		expect(code).toContain('No API Key set');
	});

	it('Pkce alone ships SHA-256, and none of the classes or the token requests', async () => {
		const bundle = await bundleWorker(`import { Pkce } from 'klaviyo-edge/klaviyo-api';
export default { fetch: () => Response.json(Pkce.generateCodes()) };`);
		console.info(`Pkce alone: ${bundle.brotli} B brotli`);
		expect(classesIn(bundle.code)).toEqual([]);
		expect(bundle.code).not.toContain('/oauth/token');
		expect(bundle.brotli).toBeLessThanOrEqual(BUDGET.pkce.brotli);
	});

	it('an integration’s Worker (OAuthApi + OAuthSession + ListsApi) ships OAuth and ListsApi only', async () => {
		const { code } =
			await bundleWorker(`import { ListsApi, OAuthApi, OAuthSession } from 'klaviyo-edge/klaviyo-api';
export default { async fetch(request, env) {
	const oauthApi = new OAuthApi(env.ID, env.SECRET, { retrieve: (id) => env.KV.get(id, 'json'), save: (id, t) => env.KV.put(id, JSON.stringify(t)) });
	return Response.json((await new ListsApi(new OAuthSession('shop', oauthApi)).getLists()).body);
} };`);
		expect(classesIn(code)).toEqual(['ListsApi']);
		expect(code).toContain('/oauth/token');
	});
});
