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
export { type Client, createClient, type FailureReport, type PublicClientOptions } from './client.js';
export { type IdentifyOptions, identify } from './identify.js';
export { type Identity, reset } from './identity.js';
export { PublicClient } from './public-client.js';
export { flush, optIn, optOut } from './queue.js';
export { type KeyValueStorage, memoryStorage } from './storage.js';
export { type SubscribeOptions, subscribe } from './subscribe.js';
export { type TrackOptions, track, trackOnce } from './track.js';
