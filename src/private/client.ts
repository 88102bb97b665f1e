import { connect, type PrivateOptions } from './connection.js';
import { DataPrivacy } from './resources/data-privacy.js';
import { Events } from './resources/events.js';
import { Lists } from './resources/lists.js';
import { Metrics } from './resources/metrics.js';
import { Profiles } from './resources/profiles.js';
import type { Session } from './session.js';

export type { PrivateOptions };

/**
 * The server-side client, for a private API key (`pk_…`) or an app's OAuth session for one account
 * (`klaviyo-edge/oauth`). Runs wherever `fetch` does: Workers, Deno, Bun, Node. Never ship it to a
 * browser: the key can do anything in the account.
 *
 *   const klaviyo = new PrivateClient(env.KLAVIYO_PRIVATE_KEY);
 *   for await (const list of klaviyo.lists.getLists()) console.log(list.attributes.name);
 */
export class PrivateClient {
	readonly profiles: Profiles;
	readonly metrics: Metrics;
	readonly lists: Lists;
	readonly dataPrivacy: DataPrivacy;
	readonly events: Events;

	constructor(privateKey: string | Session, options: PrivateOptions = {}) {
		const transport = connect(privateKey, options);
		this.profiles = new Profiles(transport);
		this.metrics = new Metrics(transport);
		this.lists = new Lists(transport);
		this.dataPrivacy = new DataPrivacy(transport);
		this.events = new Events(transport);
	}
}
