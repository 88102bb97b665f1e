/**
 * `klaviyo-edge/public`: what a storefront loads. Holds only the public key (site ID).
 *
 *   import { createClient, identify, track } from 'klaviyo-edge/public';
 *   const klaviyo = createClient('ABC123');
 *   track(klaviyo, { event: 'Viewed Product', properties: { ProductID: 1111, $value: 29.99 } });
 *
 * Each method is a standalone function taking the client, so a page ships only what it imports.
 */
export {
	KlaviyoApiError,
	KlaviyoAuthenticationError,
	KlaviyoConfigurationError,
	KlaviyoConnectionError,
	KlaviyoError,
	KlaviyoRateLimitError,
	KlaviyoServerError,
	KlaviyoTimeoutError,
	KlaviyoValidationError,
} from '../core/errors.js';
export { createClient } from './client.js';
export type { Client, FailureReport, Identity, PublicClientOptions } from './client-state.js';
export { type IdentifyOptions, identify } from './identify.js';
export { reset } from './identity.js';
export { optIn, optOut } from './outbox/opt-out.js';
export { flush } from './outbox/queue.js';
export { PublicClient } from './public-client.js';
export { type SubscribeOptions, subscribe } from './subscribe.js';
export { type TrackOptions, track, trackOnce } from './track.js';
export { type KeyValueStorage, memoryStorage } from './web-storage.js';
