/**
 * Klaviyo's onsite object (`window.klaviyo`, the legacy `window._learnq`) on the public client, so
 * a page written for klaviyo.js tracks through klaviyo-edge unchanged: same methods, same array
 * forms, callbacks and promises as Klaviyo documents them, and what the official snippet queued
 * before this script loaded (`_learnq`, then `_klOnsite`) played in order. Forms and other
 * commands of klaviyo.js are not here: they are ignored with one console warning each, never thrown.
 */

import type { Client } from '../public/client-state.js';
import { denyConsent, grantConsent } from '../public/consent/decide.js';
import { identify, type PublicClientOptions, track } from '../public/index.js';
import { createBatchedClient } from '../public/outbox/bulk.js';

/** A call as the snippet queues it: `[method, ...args]`, the snippet's resolver last. */
type Command = unknown[];

/** `window.klaviyo` as this script provides it. Every method also takes a callback as its last argument. */
export interface KlaviyoOnsite {
	/** Resolves with the properties once Klaviyo accepted them (`{}` when they were not sent). */
	identify(properties: Record<string, unknown>, callback?: (result: unknown) => void): Promise<unknown>;
	/** Resolves `true` once Klaviyo accepted the event, `false` when it was not sent (opted out, refused). */
	track(
		event: string,
		properties?: Record<string, unknown>,
		callback?: (result: boolean) => void,
	): Promise<boolean>;
	/** A product view (`Viewed Item`, with the item as its properties); resolves as `track`. */
	trackViewedItem(item: Record<string, unknown>, callback?: (result: boolean) => void): Promise<boolean>;
	/** Whether the shopper is known (an email, phone, ID or email-link identifier). Always a promise. */
	isIdentified(callback?: (result: boolean) => void): Promise<boolean>;
	/** The public key (site ID); with one, names it when none was given yet. */
	account(publicKey?: string, callback?: (result: string | undefined) => void): Promise<string | undefined>;
	/** Runs commands given in the array form: `klaviyo.push(['track', 'Viewed Product', {...}])`. */
	push(...commands: Command[]): void;
}

export interface OnsiteOptions extends PublicClientOptions {
	/** The public key (site ID). Default: the script's `?company_id=` or `data-company-id`, else `['account', id]` from the queue. */
	publicKey?: string;
	/** The `<script>` element that loaded this file, for its `company_id` and `data-*` options. */
	script?: HTMLScriptElement | null;
}

export interface Onsite {
	klaviyo: KlaviyoOnsite;
	/** The public client under it (for klaviyo-edge/public and /storefront functions); none until a key is known. */
	client(): Client | undefined;
	grantConsent(): Promise<void>;
	denyConsent(): void;
}

/** klaviyo.js's profile attributes, which it accepts without their `$`. */
const BARE =
	/^(first_name|last_name|organization|title|image|locale|city|region|country|zip|address1|address2|latitude|longitude|timezone|phone_number)$/;

/**
 * Installs `window.klaviyo` and `window._learnq` for the public key of `options` or of the script
 * tag, plays the calls queued before, and returns the client's handles. Installing twice returns
 * the first installation.
 */
export function installOnsite(options: OnsiteOptions = {}): Onsite {
	const page = globalThis as unknown as Record<string, unknown>;
	if (page.klaviyoEdge) return page.klaviyoEdge as Onsite;
	const { publicKey, script, ...clientOptions } = options;
	const settings = { ...fromScript(script), ...clientOptions };
	let key = publicKey ?? settings.publicKey;
	let client: Client | undefined;
	/** Calls made before the key is known wait here, in order. */
	const early: Command[] = [];
	const warned = new Set<string>();

	const start = () => {
		if (client || !key) return;
		client = createBatchedClient(key, settings);
		for (const command of early.splice(0)) run(command);
	};

	/** Runs one command; its last element, when a function, gets the result (the snippet's resolver). */
	function run(command: Command): void {
		if (!Array.isArray(command) || typeof command[0] !== 'string') {
			warn(String(Array.isArray(command) ? command[0] : command));
			return;
		}
		const [name, ...args] = command;
		const callback =
			typeof args.at(-1) === 'function' ? (args.pop() as (result: unknown) => void) : undefined;
		const answer = (result: unknown) => {
			try {
				callback?.(result);
			} catch (error) {
				console.error(error); // the page's callback: never our caller's problem
			}
		};
		if (name === 'account') {
			if (!key && typeof args[0] === 'string') key = args[0];
			answer(key);
			start();
			return;
		}
		if (!client && name !== 'isIdentified') return void early.push(command);
		const result = perform(name, args);
		if (result === undefined) {
			warn(name);
			answer(undefined);
			return;
		}
		result.then(answer);
	}

	/** The command's result, or `undefined` for a command this script does not know. */
	function perform(name: string, args: unknown[]): Promise<unknown> | undefined {
		try {
			switch (name) {
				case 'identify': {
					const properties = withDollars(args[0]);
					return identify(client!, { properties }).then(
						(sent) => (sent ? args[0] : {}),
						() => ({}),
					);
				}
				case 'track':
					return sent(
						track(client!, { event: args[0] as string, properties: args[1] as Record<string, unknown> }),
					);
				case 'trackViewedItem':
					return sent(
						track(client!, { event: 'Viewed Item', properties: args[0] as Record<string, unknown> }),
					);
				case 'isIdentified': {
					const who = client?.identity;
					return Promise.resolve(!!(who?.email || who?.phone_number || who?.external_id || who?._kx));
				}
			}
		} catch (error) {
			// Bad input (a missing event name, a malformed email): told, never thrown into the page.
			console.warn(`klaviyo-edge: ${name} ignored: ${(error as Error).message}`);
			return Promise.resolve(name === 'identify' ? {} : false);
		}
	}

	function warn(name: string): void {
		if (warned.has(name)) return;
		warned.add(name);
		console.warn(`klaviyo-edge/onsite: "${name}" is not supported here (tracking only, no forms); ignored`);
	}

	const push = (...commands: Command[]) => {
		for (const command of commands) run(command);
	};
	const call =
		(name: string) =>
		(...args: unknown[]) =>
			new Promise((resolve) => {
				const callback =
					typeof args.at(-1) === 'function' ? (args.pop() as (result: unknown) => void) : undefined;
				const settle = (result: unknown) => {
					callback?.(result);
					resolve(result);
				};
				run([name, ...args, settle]);
			});
	const klaviyo = {
		identify: call('identify'),
		track: call('track'),
		trackViewedItem: call('trackViewedItem'),
		isIdentified: call('isIdentified'),
		account: call('account'),
		push,
	} as KlaviyoOnsite;

	// What was queued before this script ran, legacy queue first, then the klaviyo object's.
	const queued = [...asQueue(page._learnq), ...asQueue(page._klOnsite), ...asQueue(page.klaviyo)];
	// From now on the queues run what is pushed at once (a stub captured earlier still pushes to `_klOnsite`).
	page._learnq = { push };
	page._klOnsite = { push };
	page.klaviyo = klaviyo;
	// The key first, wherever it was queued: calls before it must not wait for it.
	for (const command of queued) if (Array.isArray(command) && command[0] === 'account') run(command);
	start();
	for (const command of queued) if (!(Array.isArray(command) && command[0] === 'account')) run(command);

	const onsite: Onsite = {
		klaviyo,
		client: () => client,
		grantConsent: () => (client ? grantConsent(client) : Promise.resolve()),
		denyConsent: () => client && denyConsent(client),
	};
	page.klaviyoEdge = onsite;
	return onsite;
}

/** A queue the snippet or a page left: an array of commands (the snippet's fallback is an array too). */
const asQueue = (queue: unknown): Command[] => (Array.isArray(queue) ? [...queue] : []);

/** Resolves `true` once Klaviyo accepted the call, `false` when it was not sent; never rejects. */
const sent = (promise: Promise<0 | 1>): Promise<boolean> =>
	promise.then(
		(value) => value === 1,
		() => false, // reported through onError
	);

/** klaviyo.js's identify properties: `email` and `first_name` as `$email` and `$first_name`. */
function withDollars(properties: unknown): Record<string, unknown> {
	if (properties == null || typeof properties !== 'object' || Array.isArray(properties))
		return properties as never;
	return Object.fromEntries(
		Object.entries(properties).map(([name, value]) => [BARE.test(name) ? `$${name}` : name, value]),
	);
}

/** The key and options a `<script src="…?company_id=ABC123" data-endpoint="/k" data-consent="pending">` gives. */
function fromScript(script: HTMLScriptElement | null | undefined): OnsiteOptions {
	script ??= typeof document === 'object' ? (document.currentScript as HTMLScriptElement | null) : null;
	if (!script) return {};
	const data = script.dataset;
	let fromUrl: string | null = null;
	try {
		fromUrl = new URL(script.src, location.href).searchParams.get('company_id');
	} catch {}
	const found: OnsiteOptions = {};
	const publicKey = data.companyId ?? fromUrl;
	if (publicKey) found.publicKey = publicKey;
	if (data.endpoint) found.endpoint = data.endpoint;
	if (data.baseUrl) found.baseUrl = data.baseUrl;
	if (data.consent === 'pending') found.consent = 'pending';
	return found;
}
