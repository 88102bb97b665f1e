/**
 * `klaviyo-edge/oauth` in a Worker: its size, and that each part ships only what it uses. A Worker
 * on a private key ships no OAuth at all; an app's Worker adds OAuth to the private client it has.
 */
import { describe, expect, it } from 'vitest';
import { bundleWorker, SERVER_WORKERS } from '../worker-bundle.js';

/** Brotli bytes: the measured size plus about 2 %. Raising one needs a reason in the commit. */
// +70 B on { KlaviyoOAuth, kvTokenStorage } (4,084 measured): the one refusal factory's message format
// (issue #14) and the token endpoint's defaults read from core/options.ts.
const BUDGET = { oauthWithKv: 4_140, wholeEntry: 4_180 };

/** Strings present in a bundle iff that part is. */
const OAUTH = '/oauth/token';
const PKCE = 'code_challenge';
const WEBHOOKS = 'Klaviyo-Signature';

describe('size', () => {
	it('{ KlaviyoOAuth, kvTokenStorage } and the whole entry stay within their budgets', async () => {
		const app = await bundleWorker(SERVER_WORKERS.oauthApp);
		const whole = await bundleWorker(`export * from 'klaviyo-edge/oauth';`);
		console.info(
			`oauth { KlaviyoOAuth, kvTokenStorage }: ${app.brotli} B brotli, ${app.gzip} B gzip; whole entry ${whole.brotli} B brotli`,
		);
		expect(app.brotli).toBeLessThanOrEqual(BUDGET.oauthWithKv);
		expect(whole.brotli).toBeLessThanOrEqual(BUDGET.wholeEntry);
	});
});

describe('tree-shaking', () => {
	it('a Worker on a private key ships no OAuth', async () => {
		const { code } = await bundleWorker(`import { PrivateClient } from 'klaviyo-edge/private';
			export default { fetch: (r, env) => new PrivateClient(env.KEY).lists.getLists().then((p) => Response.json(p)) };`);
		expect(code).not.toContain(OAUTH);
		expect(code).not.toContain(PKCE);
		expect(code).not.toContain('Bearer');
	});

	it('an app’s Worker ships OAuth and the client, not the webhooks', async () => {
		const { code } =
			await bundleWorker(`import { KlaviyoOAuth, memoryTokenStorage } from 'klaviyo-edge/oauth';
			import { connect, Lists } from 'klaviyo-edge/private';
			const oauth = new KlaviyoOAuth({ clientId: 'a', clientSecret: 'b', storage: memoryTokenStorage() });
			export default { fetch: () => new Lists(connect(oauth.session('x'))).getLists().then((p) => Response.json(p)) };`);
		expect(code).toContain(OAUTH);
		expect(code).toContain('lists.getListById');
		expect(code).not.toContain(WEBHOOKS);
		expect(code).not.toContain('profiles.updateProfile');
	});

	it('pkce alone ships neither the token requests nor the storages', async () => {
		const { code } = await bundleWorker(`import { pkce } from 'klaviyo-edge/oauth';
			export default { fetch: () => pkce().then((p) => Response.json(p)) };`);
		expect(code).not.toContain(OAUTH);
		expect(code).not.toContain('klaviyo-oauth:');
		expect(code).not.toContain('Request failed');
	});
});
