/**
 * What a client can hold instead of a private key: something that gives each request its
 * `Authorization` header and may renew it once when Klaviyo answers 401. An OAuth session of
 * `klaviyo-edge/oauth` is one; anything with these members works:
 *
 *   const klaviyo = new PrivateClient(oauth.session(accountId));
 *   const lists = new Lists(connect(oauth.session(accountId)));
 */
export interface Session {
	/** The `Authorization` header of the next request (`Bearer …`). Asked before every request. */
	authorization(signal?: AbortSignal): string | Promise<string>;
	/**
	 * Klaviyo answered 401 to a request sent with `rejected`: the header to send it once more with,
	 * or `undefined` to let the 401 reach the caller. Not asked again for the same request.
	 */
	renew?(rejected: string, signal?: AbortSignal): Promise<string | undefined>;
	/** The API host the session's tokens are for. A client on the session uses it, and refuses another. */
	readonly baseUrl?: string;
}

/** Visible ASCII words separated by single spaces: what `fetch` sends without quoting it in a TypeError. */
export const isSendableHeader = (value: unknown): value is string =>
	typeof value === 'string' && /^[!-~]+(?: [!-~]+)*$/.test(value);
