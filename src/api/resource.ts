/**
 * The one base of the 23 generated classes (like openai-node's `APIResource`): each method hands
 * its operation's descriptor and the call's arguments here, and they go out through the connection
 * that `connect(key, options)` made. So one rate limiter, one set of options, one key serve every
 * class, and a bundle holds only the classes it imports.
 */
import { KlaviyoConfigurationError } from '../core/errors.js';
import type { CollectionPage, PagePromise } from '../core/pagination.js';
import type { Transport } from '../private/transport.js';
import { type AnyOptions, type Operation, prepare } from './operation.js';

/** What `connect(key, options)` returns: the key, the options and the rate limiter, shared. */
export type Connection = Transport;

export class ApiResource {
	/** The connection every call of this object goes through. */
	readonly connection: Connection;

	constructor(connection: Connection) {
		// A key here instead of a connection would otherwise fail later, and less clearly.
		if (typeof (connection as Partial<Connection> | undefined)?.request !== 'function') {
			throw new KlaviyoConfigurationError(
				'The /api classes take a connection, not a key: e.g. new CouponsApi(connect(privateKey)).',
			);
		}
		this.connection = connection;
	}

	/**
	 * One request; resolves with the parsed document (`undefined` for a 202/204 without one). `T` is
	 * the calling method's declared result. `body` is passed exactly when the operation takes one.
	 */
	protected call<T>(
		op: Operation,
		ids: readonly string[],
		options?: AnyOptions,
		...body: [unknown] | []
	): Promise<T> {
		const [path, call] = prepare(op, ids, options, ...body);
		return this.connection.request<T>(op.method, path, call);
	}

	/** A listing: `await` it for the first page, `for await` it for every item across cursors. */
	protected list<P extends CollectionPage<unknown>>(
		op: Operation,
		ids: readonly string[],
		options?: AnyOptions,
	): PagePromise<P> {
		const [path, call] = prepare(op, ids, options);
		return this.connection.paginate<P>(path, call);
	}
}
