/**
 * What a user's test does with klaviyo-edge/testing, in any runtime: an in-process emulator as
 * the client's fetch, a tracked event read back, a list with a member, an outage. Imports the
 * package by name; run by Node, Deno and Bun from a packed install (packed.test.ts) and bundled
 * into workerd (test/workers/testing.test.ts). Prints one JSON line.
 */
import Klaviyo, { KlaviyoConnectionError, KlaviyoServerError } from 'klaviyo-edge';
import { createEmulator } from 'klaviyo-edge/testing';

export async function inProcessRun(runtime: string) {
	const emulator = createEmulator();
	const klaviyo = new Klaviyo({
		publicToken: emulator.publicKey,
		privateToken: emulator.privateKey,
		fetch: emulator.fetch,
		maxRetries: 0,
	});
	const email = `${runtime}@example.com`;
	await klaviyo.public.track({ event: 'Ran tests', email, properties: { runtime, $value: 3 } });
	const list = await klaviyo.lists.createList(`${runtime} testers`);
	await klaviyo.lists.addMembersToList({ listId: list.data.id, profiles: [{ email }], wait: {} });

	// An outage: Klaviyo answers 503, then the connection drops.
	emulator.faults.add({ path: '/api/lists', status: 503, retryAfter: 2 });
	emulator.faults.add({ path: '/api/lists', drop: true });
	const outage: string[] = [];
	for (let i = 0; i < 2; i++) {
		await klaviyo.lists.getLists().then(
			() => outage.push('ok'),
			(error: unknown) =>
				outage.push(
					error instanceof KlaviyoServerError
						? `server ${error.statusCode}`
						: error instanceof KlaviyoConnectionError
							? 'connection'
							: String(error),
				),
		);
	}

	const [event] = emulator.events();
	const profile = emulator.profiles().find((p) => p.email === email);
	return {
		runtime,
		event: event && { metric: event.metric, runtime: event.properties.runtime, value: event.value },
		timeline: profile?.events.map((e) => e.metric),
		members: emulator
			.lists()
			.find((l) => l.id === list.data.id)
			?.members.map((m) => m.email),
		jobs: emulator.jobs().map((job) => job.status),
		outage,
		invalid: emulator.invalidRequests().length,
		requests: emulator.requests.length,
	};
}

/** What every runtime's run returns. */
export const expectedRun = (runtime: string) => ({
	runtime,
	event: { metric: 'Ran tests', runtime, value: 3 },
	timeline: ['Ran tests'],
	members: [`${runtime}@example.com`],
	jobs: ['complete'],
	outage: ['server 503', 'connection'],
	invalid: 0,
	requests: 7,
});
