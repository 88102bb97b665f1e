/** Builds an Emulator around a core; the Node server (../node.ts) wraps the same core in a listener. */
import { EmulatorCore } from './core.js';
import type { Emulator, EmulatorOAuth, EmulatorOptions } from './types.js';
import { eventViews, jobViews, listViews, profileViews, resourceViews } from './views.js';
import { emitWebhook, signedWebhook } from './webhooks.js';

export const DEFAULT_PUBLIC_KEY = 'PUBKEY';
export const DEFAULT_PRIVATE_KEY = 'pk_emulator_0123456789abcdef';

export function createEmulator(options: EmulatorOptions = {}): Emulator {
	return emulatorFor(coreFor(options));
}

/** The core behind an emulator; the Node server shares it with the Emulator it returns. */
export function coreFor(options: EmulatorOptions): EmulatorCore {
	return new EmulatorCore({
		publicKey: options.publicKey ?? DEFAULT_PUBLIC_KEY,
		privateKey: options.privateKey ?? DEFAULT_PRIVATE_KEY,
		jobSteps: options.jobSteps ?? 1,
		validateResponses: options.validateResponses ?? false,
		rateLimits: options.rateLimits ?? false,
		onRequest: options.onRequest,
		oauth: options.oauth,
		webhookSecret: options.webhookSecret,
	});
}

export function emulatorFor(core: EmulatorCore): Emulator {
	return {
		fetch: (input, init) => core.fetch(new Request(input, init)),
		publicKey: core.options.publicKey,
		privateKey: core.options.privateKey,
		requests: core.requests,
		invalidRequests: () => core.requests.filter((request) => !request.valid),
		faults: { add: (rule) => core.faults.add(rule), clear: () => core.faults.clear() },
		rateLimits: core.rateLimits,
		store: core.store,
		profiles: () => profileViews(core.store),
		events: () => eventViews(core.store),
		lists: () => listViews(core.store),
		jobs: () => jobViews(core.store),
		resources: () => resourceViews(core.store),
		oauth: oauthOf(core),
		webhooks: {
			secret: core.webhookSecret,
			sign: (topic, payload, options) => signedWebhook(core, topic, payload, options),
			emit: (topic, payload, options) => emitWebhook(core, topic, payload, options),
		},
		async deliverWebhook(url, topic, payload, { fetch: send = fetch, ...options } = {}) {
			const { headers, body } = await signedWebhook(core, topic, payload, options);
			return send(url, { method: 'POST', headers, body, redirect: 'manual' });
		},
		reset: () => core.reset(),
	};
}

function oauthOf(core: EmulatorCore): EmulatorOAuth {
	const { oauth } = core;
	return {
		clientId: oauth.clientId,
		clientSecret: oauth.clientSecret,
		get consent() {
			return oauth.consent;
		},
		set consent(consent) {
			oauth.consent = { ...consent };
		},
		advance: (seconds) => oauth.advance(seconds),
		now: () => oauth.now(),
		revoke: (accountId) => oauth.revoke(accountId),
		grants: () => oauth.grantViews(),
		store: (accountId) => oauth.store(accountId),
	};
}
