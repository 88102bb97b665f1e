/**
 * Stands in for Hydrogen's request handler in this example. In a Hydrogen project it is
 * `createRequestHandler({ build, mode, getLoadContext })` from `@shopify/hydrogen/oxygen` (or
 * `react-router`), called with the same three arguments.
 */
export async function handleRequest(
	request: Request,
	_env: unknown,
	_context: ExecutionContext,
): Promise<Response> {
	return new Response(`storefront page ${new URL(request.url).pathname}`, {
		headers: { 'content-type': 'text/html' },
	});
}
