/**
 * The relay under a path prefix, as middleware: it answers its own paths and returns `undefined`
 * for every other request, so the host (a shop's Worker, a Deno or Bun server) keeps its routing.
 */
/** `undefined` when the request is not the relay's. */
export type MountedRelay = (request: Request, peer?: string) => Promise<Response> | undefined;

export function mountRelay(
	relay: (request: Request, peer?: string) => Promise<Response>,
	path = '/k',
): MountedRelay {
	const prefix = path.replace(/\/+$/, '');
	return (request, peer) => {
		const { pathname } = new URL(request.url);
		if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return undefined;
		return relay(request, peer);
	};
}
