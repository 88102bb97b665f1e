import type { Client } from './client-state.js';
import { flush, releaseLeases } from './outbox/queue.js';

/**
 * Sends what is waiting when the network returns, and everything at once when the page is hidden
 * (often the last chance on mobile) or unloaded. Shown again, or restored from the back/forward
 * cache, the page leaves the exit mode.
 */
export function listen(client: Client): void {
	const flushNow = () => void flush(client);
	addEventListener('online', flushNow);
	addEventListener('pagehide', () => {
		client.exiting = 'gone';
		flushNow();
		releaseLeases(client);
	});
	document.addEventListener('visibilitychange', () => {
		client.exiting = document.visibilityState === 'hidden' ? client.exiting || 'hidden' : undefined;
		if (client.exiting) flushNow();
	});
}
