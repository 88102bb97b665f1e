// The Worker the queue test runs in workerd: the relay worker as a shop deploys it (relay +
// consumer), plus a consumer of the dead-letter queue that keeps what arrives there for the test.
import {
	type BatchReport,
	type KlaviyoEnv,
	type QueueBatch,
	relayWorker,
} from '../../adapters/cloudflare.js';

const deadLetters: unknown[] = [];
const reports: BatchReport[] = [];

interface Env extends KlaviyoEnv {
	JOB_TIMEOUT_MS?: string;
}

let worker: ReturnType<typeof relayWorker<Env>> | undefined;
const workerFor = (env: Env) => {
	worker ??= relayWorker<Env>({
		fallback: () => new Response('origin'),
		queue: { timeout: Number(env.JOB_TIMEOUT_MS ?? 30_000), onBatch: (report) => reports.push(report) },
	});
	return worker;
};

export default {
	fetch(request: Request, env: Env): Promise<Response> | Response {
		const { pathname } = new URL(request.url);
		if (pathname === '/__test/dead-letters') return Response.json(deadLetters);
		if (pathname === '/__test/reports') return Response.json(reports);
		if (pathname === '/__test/shop') return shop(request, env);
		return workerFor(env).fetch(request, env);
	},
	async queue(batch: QueueBatch, env: Env): Promise<void> {
		if (batch.queue === 'klaviyo-dlq') {
			for (const message of batch.messages) {
				deadLetters.push(message.body);
				message.ack();
			}
			return;
		}
		await workerFor(env).queue(batch, env);
	},
};

/**
 * Shoppers' beacons, made inside workerd: the Node → workerd hop costs more than the relay itself
 * on a loaded CI machine, and is not what is under test. Each is a real relay request (GET
 * `/k/track?data=…` with the shopper's IP), answered by the same handler a shop deploys.
 */
async function shop(request: Request, env: Env): Promise<Response> {
	const { from, to, invalid } = (await request.json()) as { from: number; to: number; invalid?: boolean };
	const statuses: Record<number, number> = {};
	const beacon = async (i: number) => {
		// An invalid one passes the SDK's own checks (a malformed email is refused by the relay before
		// it is queued) but not Klaviyo's: a city that is a number, where the spec wants a string.
		const customer = invalid
			? { $email: `refused${i}@example.com`, $city: i }
			: { $email: `shopper${i % 700}@example.com` };
		const data = {
			token: env.KLAVIYO_PUBLIC_KEY,
			event: 'Viewed Product',
			customer_properties: customer,
			properties: { sku: `SKU-${i}`, n: i, $event_id: `view-${i}` },
		};
		const url = `https://shop.example/k/track?data=${encodeURIComponent(btoa(JSON.stringify(data)))}`;
		const response = await workerFor(env).fetch(
			new Request(url, { headers: { 'cf-connecting-ip': `203.0.113.${i % 250}` } }),
			env,
		);
		await response.arrayBuffer();
		statuses[response.status] = (statuses[response.status] ?? 0) + 1;
	};
	for (let i = from; i < to; i += 50) {
		await Promise.all(Array.from({ length: Math.min(50, to - i) }, (_, k) => beacon(i + k)));
	}
	return Response.json(statuses);
}
