import type { EmulatorServer, RecordedRequest } from 'klaviyo-edge/testing/node';
import { expect } from 'vitest';

/** Polls until `check` returns something truthy (or fails the test after `timeout` ms). */
export async function until<T>(check: () => T | Promise<T>, timeout = 5_000, what = 'condition'): Promise<T> {
	const start = Date.now();
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

/** Resolves with what a promise rejected with (fails the test if it resolved). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
	} catch (error) {
		return error;
	}
	throw new Error('expected the promise to reject');
}

/** The error a function throws synchronously (fails the test if it did not throw). */
export function thrownBy(run: () => unknown): Error {
	try {
		run();
	} catch (error) {
		return error as Error;
	}
	throw new Error('expected a synchronous throw');
}

/** Requests that reached a `/client/*` operation (preflights excluded). */
export function clientPosts(emu: EmulatorServer, path?: string): RecordedRequest[] {
	return emu.requests.filter(
		(request) =>
			request.method === 'POST' && (path ? request.path === path : request.path.startsWith('/client/')),
	);
}

type EventRequestBody = {
	data: {
		attributes: {
			unique_id?: string;
			properties: Record<string, unknown>;
			time?: string;
			value?: number;
			metric: { data: { attributes: { name: string } } };
			profile: { data: { attributes: Record<string, unknown> } };
		};
	};
};

/** `data.attributes` of a recorded `/client/events` request. */
export const eventOf = (request: RecordedRequest) => (request.body as EventRequestBody).data.attributes;

/** Every request the SDK sent was valid under the spec and went to a current `/client/*` endpoint. */
export function expectCleanTraffic(emu: EmulatorServer): void {
	expect(emu.invalidRequests()).toEqual([]);
	const paths = emu.requests.filter((request) => request.method !== 'OPTIONS').map((request) => request.path);
	for (const path of paths)
		expect(path).toMatch(/^\/client\/(events|event-bulk-create|profiles|subscriptions)$/);
}

/** Events recorded by the emulator for a metric name. */
export function storedEvents(emu: EmulatorServer, metric: string) {
	const id = emu.store.metricByName(metric)?.id;
	return emu.store.events.filter((event) => event.metric_id === id);
}
