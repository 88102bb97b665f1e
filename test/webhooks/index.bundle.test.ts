/** `klaviyo-edge/webhooks` in a Worker: its size, and that `verifyWebhook` alone ships no handler and no client. */
import { describe, expect, it } from 'vitest';
import { bundleWorker, SERVER_WORKERS } from '../worker-bundle.js';

/**
 * Brotli bytes: the measured size plus about 3 %. Raising one needs a reason in the commit.
 * +91 B: the body is read by the one bounded reader the relay uses too (src/core/read-bounded.ts).
 */
const BUDGET = { verifyWebhook: 1_480, wholeEntry: 1_870 };

describe('size', () => {
	it('{ verifyWebhook } and the whole entry stay within their budgets', async () => {
		const verify = await bundleWorker(SERVER_WORKERS.verifyWebhook);
		const whole = await bundleWorker(SERVER_WORKERS.webhooksWhole);
		console.info(
			`webhooks { verifyWebhook }: ${verify.brotli} B brotli; whole entry ${whole.brotli} B brotli, ${whole.gzip} B gzip`,
		);
		expect(verify.brotli).toBeLessThanOrEqual(BUDGET.verifyWebhook);
		expect(whole.brotli).toBeLessThanOrEqual(BUDGET.wholeEntry);
	});
});

describe('tree-shaking', () => {
	it('verifyWebhook alone ships no handler, no OAuth, no private client', async () => {
		const { code } = await bundleWorker(`import { verifyWebhook } from 'klaviyo-edge/webhooks';
			export default { fetch: (r, env) => verifyWebhook(r, env.SECRET).then((w) => Response.json(w.data.length)) };`);
		expect(code).toContain('Klaviyo-Signature');
		expect(code).not.toContain('sendBatch');
		expect(code).not.toContain('/oauth/token');
		expect(code).not.toContain('/api/');
	});
});
