import { flush } from './outbox/queue.js';
import { release } from './outbox/tabs.js';
import type { Client } from './state.js';

/**
 * Sends what is waiting when the network returns, and everything at once when the page is hidden
 * (often the last chance on mobile) or unloaded. Shown again, or restored from the back/forward
 * cache, the page leaves the exit mode.
 */
export function listen(client: Client): void {
	const send = () => void flush(client);
	addEventListener('online', send);
	addEventListener('pagehide', () => {
		client.exiting = 'gone';
		send();
		release(client);
	});
	document.addEventListener('visibilitychange', () => {
		client.exiting = document.visibilityState === 'hidden' ? client.exiting || 'hidden' : undefined;
		if (client.exiting) send();
	});
}
