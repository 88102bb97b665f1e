/**
 * `klaviyo-edge/storefront`: what a shop adds to the public client, each a standalone function
 * taking the client made by `klaviyo-edge/public`'s `createClient`. An entry of its own, so a page
 * that imports only `track` from `klaviyo-edge/public` ships none of it (docs/storefront.md).
 *
 *   import { createClient, track } from 'klaviyo-edge/public';
 *   import { grantConsent, trackPageViews } from 'klaviyo-edge/storefront';
 *   const klaviyo = createClient('ABC123', { consent: 'pending' });
 *   trackPageViews(klaviyo);
 *   cmp.onAccept(() => grantConsent(klaviyo));
 */
export { type BackInStockChannel, type BackInStockOptions, subscribeBackInStock } from './back-in-stock.js';
export { denyConsent, grantConsent } from './consent/decide.js';
export { batchEvents, createBatchedClient, MAX_BULK_EVENTS } from './outbox/bulk.js';
export { type PageViewOptions, trackPageViews } from './page-views.js';
export {
	type CreateReviewOptions,
	createReview,
	type GetReviewsOptions,
	getReviewFigures,
	getReviews,
	type Review,
	type ReviewFigures,
	type ReviewsPage,
} from './reviews.js';
