/**
 * What the page at `/` reads: `/__emulator/state` (one JSON document) and `/__emulator/stream`
 * (server-sent events, one `change` per update, on which the page fetches the state again).
 */
import type { EmulatorCore } from './core.js';
import { CORS_HEADERS } from './cors.js';
import { jobViews, listViews, profileViews, resourceViews } from './views.js';

/** The page lists this many of the newest requests; the rest are counted. */
const RECENT_REQUESTS = 300;

export function pageState(core: EmulatorCore) {
	const { requests, store } = core;
	return {
		total: requests.length,
		invalid: requests.filter((request) => !request.valid).length,
		requests: requests.slice(-RECENT_REQUESTS).map((request) => ({
			seq: request.seq,
			at: request.at,
			method: request.method,
			path: request.path,
			query: request.query,
			status: request.status,
			valid: request.valid,
			violations: request.violations,
			faulted: request.faulted ?? null,
			operationId: request.operationId ?? null,
			body: request.body ?? null,
		})),
		profiles: profileViews(store),
		lists: listViews(store),
		jobs: jobViews(store),
		resources: resourceViews(store),
	};
}

const encoder = new TextEncoder();

/** An event stream that says `change` after every update, until the client goes away. */
export function changeStream(core: EmulatorCore, signal: AbortSignal): Response {
	let stop = () => {};
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			const send = (text: string) => {
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					stop();
				}
			};
			// Reconnect quickly if the emulator restarts; then one change so the page loads at once.
			send('retry: 1000\n\nevent: change\ndata: \n\n');
			const unwatch = core.watch(() => send('event: change\ndata: \n\n'));
			stop = () => {
				unwatch();
				try {
					controller.close();
				} catch {
					// Already closed.
				}
			};
			signal.addEventListener('abort', stop, { once: true });
		},
		cancel: () => stop(),
	});
	return new Response(body, {
		headers: { ...CORS_HEADERS, 'content-type': 'text/event-stream', 'cache-control': 'no-store' },
	});
}
