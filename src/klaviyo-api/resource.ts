/**
 * The one base of the 23 classes (generated/): each method hands its arguments to the same method
 * of klaviyo-edge/api, so the request is built from the same descriptor (path, rate limit, retry
 * safety) and sent by the same transport. This base gives that class a connection that answers as
 * klaviyo-api does, `{ response, body }`, with the body in klaviyo-api's camelCase.
 */
import type { Connection } from '../api/resource.js';
import { DEFAULT_BASE_URL } from '../core/options.js';
import type { CallOptions } from '../private/transport.js';
import { fromWire } from './casing.js';
import { asAxiosError, type KlaviyoResponse, responseOf } from './errors.js';
import { toApiOptions } from './options.js';

export type { Options } from './options.js';

/** What every method resolves with: the HTTP response and the document in klaviyo-api's camelCase. */
export type Reply<Body> = Promise<{ response: KlaviyoResponse; body: Body }>;

/**
 * What the classes take: `ApiKeySession`, `OAuthSession`, `OAuthBasicSession`, the global key's.
 * Each gives the connection for a base URL and extra headers, with its key or tokens, retries and
 * rate limiter (one per session, shared by every class built on it).
 */
export interface Session {
	connection(baseUrl: string, headers: Record<string, string>): Connection;
}

export class CompatResource<Api> {
	/** The session every call of this object uses (may be replaced, as in klaviyo-api). */
	session: Session;
	#basePath = DEFAULT_BASE_URL;
	#defaultHeaders: Record<string, string> = {};
	readonly #api: Api;

	constructor(session: Session, Api: new (connection: Connection) => Api) {
		this.session = session;
		// klaviyo-edge/api's class, on a connection that resolves with `{ response, body }`: its
		// methods hand back whatever the connection answers. A listing answers its first page, as
		// klaviyo-api's do (pass `pageCursor` for the next).
		const compat = {
			request: (method: string, path: string, call: CallOptions) => this.#request(method, path, call),
			paginate: (path: string, call: CallOptions) => this.#request('GET', path, call),
		};
		this.#api = new Api(compat as unknown as Connection);
	}

	/** Where requests go (klaviyo-api's name for `baseUrl`). Default `https://a.klaviyo.com`. */
	get basePath(): string {
		return this.#basePath;
	}
	set basePath(basePath: string) {
		this.#basePath = basePath;
	}

	/** Headers sent with every request of this object. */
	get defaultHeaders(): Record<string, string> {
		return this.#defaultHeaders;
	}
	set defaultHeaders(headers: Record<string, string>) {
		this.#defaultHeaders = headers;
	}

	/** Accepted and ignored: klaviyo-api passes it to its HTTP layer; queries here are always Klaviyo's. */
	set useQuerystring(_: boolean) {}

	/**
	 * Runs one klaviyo-edge/api method with klaviyo-api's options translated (typed `never`: they
	 * fit whatever that method takes; the differential test holds them to it). Anything refused
	 * before sending (a bad id, a body without `data`) rejects, as klaviyo-api's async methods do.
	 */
	protected send<Body>(run: (api: Api, options: never) => unknown, options?: object): Reply<Body> {
		return Promise.resolve().then(() => run(this.#api, toApiOptions(options) as never)) as Reply<Body>;
	}

	async #request(method: string, path: string, call: CallOptions) {
		let last: Response | undefined;
		const connection = this.session.connection(this.#basePath, this.#defaultHeaders);
		try {
			const onResponse = (response: Response) => {
				last = response;
			};
			const data = await connection.request(method, path, { ...call, onResponse });
			return { response: responseOf(last, data), body: fromWire(data) };
		} catch (error) {
			throw asAxiosError(error, last);
		}
	}
}
