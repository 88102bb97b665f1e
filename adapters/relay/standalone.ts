/**
 * The relay as a whole server's handler (Deno, Bun, Node): its own paths answered by the relay,
 * the rest by `fallback` (default: a JSON:API 404).
 */
import { createRelay, type RelayOptions } from '../relay.js';
import { problem } from './answers.js';
import { mountRelay } from './mount.js';

export interface StandaloneRelayOptions extends RelayOptions {
	/** Path prefix served by the relay. Default `/k`. */
	path?: string;
	/** What answers requests outside `path`. Default: 404. */
	fallback?: (request: Request) => Response | Promise<Response>;
}

export function standaloneRelay({ path, fallback, ...options }: StandaloneRelayOptions) {
	const relay = mountRelay(createRelay(options), path);
	const otherwise = fallback ?? (() => problem(404, 'Not a relay path'));
	return (request: Request, peer: string | undefined): Promise<Response> | Response =>
		relay(request, peer) ?? otherwise(request);
}
