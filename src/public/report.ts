import { KlaviyoError } from '../core/errors.js';
import type { Client, FailureReport } from './client-state.js';

/** Tells `onError`. A handler that throws must not stop the queue, nor reach the caller. */
export function report(
	client: Client,
	reason: FailureReport['reason'],
	error: KlaviyoError,
	count = 1,
): void {
	try {
		client.options.onError?.({ reason, error, count });
	} catch {}
}

/** Something under this client's names that it did not write, e.g. `kx:queue:ABC123` or `__kla_id`. */
export const discarded = (client: Client, name: string, count?: number) =>
	report(client, 'discarded', new KlaviyoError(`Discarded unreadable ${name}`), count);
