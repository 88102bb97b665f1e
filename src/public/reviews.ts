/**
 * Product reviews through Klaviyo's client API: reading them (`GET /client/reviews`, paginated),
 * their figures (`GET /client/review-values-reports`: average rating, counts) and writing one
 * (`POST /client/reviews`). Bad input throws a `KlaviyoValidationError` before any request.
 */
import { invalid } from '../core/errors.js';
import { type CollectionPage, PagePromise } from '../core/pagination.js';
import type { Client } from './client-state.js';
import { sendNow } from './direct.js';

/** A review as `GET /client/reviews` returns it (the fields a storefront shows). */
export interface Review {
	type: 'review';
	id: string;
	attributes: {
		review_type: 'review' | 'question' | 'rating' | 'store';
		rating: number | null;
		author: string | null;
		content: string | null;
		title?: string | null;
		verified: boolean;
		created: string;
		updated: string;
		images: string[];
		product: { url: string; name: string; image_url?: string | null; external_id?: string | null } | null;
		public_reply?: { content: string; author: string; updated: string } | null;
		[other: string]: unknown;
	};
}

export type ReviewsPage = CollectionPage<Review>;

export interface GetReviewsOptions {
	/**
	 * Only this product's reviews (its `external_id`, e.g. Shopify's product ID). Klaviyo's client
	 * API cannot filter by product: each page is filtered here, so a page may hold fewer reviews.
	 */
	productId?: string;
	/** 1 to 5 stars, or several: `[4, 5]`. */
	rating?: number | number[];
	reviewType?: 'review' | 'question' | 'rating' | 'store';
	verified?: boolean;
	/** Default `-created` (newest first). */
	sort?: 'created' | '-created' | 'rating' | '-rating' | 'updated' | '-updated';
	/** Reviews per page, 1 to 100. Default 20. */
	pageSize?: number;
}

const SORTS = ['created', '-created', 'rating', '-rating', 'updated', '-updated'];
const TYPES = ['review', 'question', 'rating', 'store'];
const isStars = (rating: unknown) =>
	Number.isInteger(rating) && (rating as number) >= 1 && (rating as number) <= 5;

/**
 * A product's (or the shop's) reviews: `await` it for the first page, `for await` it for every
 * review across pages, or walk `.pages()`. Nothing is requested until then.
 */
export function getReviews(client: Client, options: GetReviewsOptions = {}): PagePromise<ReviewsPage> {
	const { productId, rating, reviewType, verified, sort = '-created', pageSize = 20 } = options ?? {};
	if (productId != null && (typeof productId !== 'string' || !productId))
		throw invalid('productId', 'must be a string');
	const stars = rating == null ? [] : Array.isArray(rating) ? rating : [rating];
	if (!stars.every(isStars) || (Array.isArray(rating) && !stars.length))
		throw invalid('rating', 'must be 1 to 5');
	if (reviewType != null && !TYPES.includes(reviewType))
		throw invalid('reviewType', `must be one of ${TYPES.join(', ')}`);
	if (verified != null && typeof verified !== 'boolean') throw invalid('verified', 'must be a boolean');
	if (!SORTS.includes(sort)) throw invalid('sort', `must be one of ${SORTS.join(', ')}`);
	if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)
		throw invalid('pageSize', 'must be 1 to 100');
	const filters = [
		stars.length === 1 && `equals(rating,${stars[0]})`,
		stars.length > 1 && `any(rating,[${stars.join(',')}])`,
		reviewType && `equals(review_type,"${reviewType}")`,
		verified != null && `equals(verified,${verified})`,
	].filter(Boolean) as string[];
	const query: Record<string, string> = { sort, 'page[size]': `${pageSize}` };
	if (filters.length) query.filter = filters.length > 1 ? `and(${filters.join(',')})` : filters[0]!;
	return new PagePromise<ReviewsPage>(async (next) => {
		// `links.next` is Klaviyo's own URL: only its cursor is taken, the request stays ours.
		const cursor = next && new URL(next).searchParams.get('page[cursor]');
		const page = (await sendNow(client, 'reviews', {
			query: cursor ? { ...query, 'page[cursor]': cursor } : query,
		})) as ReviewsPage;
		if (productId)
			page.data = page.data.filter((review) => review.attributes.product?.external_id === productId);
		return page;
	});
}

/** Figures of a product's (or the shop's) reviews. */
export interface ReviewFigures {
	average_rating: number | null;
	total_reviews: number | null;
	total_questions?: number | null;
	total_ratings?: number | null;
	total_store_reviews?: number | null;
	average_store_rating?: number | null;
}

const STATISTICS = 'average_rating,total_reviews,total_questions,total_ratings';

/**
 * The review figures of products (by `external_id`), or of the whole shop when none are given
 * (`GET /client/review-values-reports`), keyed by product ID (or `'shop'`).
 */
export function getReviewFigures(
	client: Client,
	{
		productIds,
		timeframe = 'all_time',
	}: {
		productIds?: string[];
		timeframe?: 'all_time' | 'last_30_days' | 'last_90_days' | 'last_365_days';
	} = {},
): Promise<Record<string, ReviewFigures>> {
	if (
		productIds != null &&
		(!Array.isArray(productIds) || !productIds.every((id) => id && typeof id === 'string'))
	) {
		throw invalid('productIds', 'must be a list of product IDs');
	}
	if (!['all_time', 'last_30_days', 'last_90_days', 'last_365_days'].includes(timeframe)) {
		throw invalid('timeframe', 'must be all_time, last_30_days, last_90_days or last_365_days');
	}
	const query: Record<string, string> = {
		group_by: productIds?.length ? 'product_id' : 'company_id',
		statistics: STATISTICS,
		timeframe,
	};
	if (productIds?.length) query.filter = `any(product_external_ids,${JSON.stringify(productIds)})`;
	// Checked above, at the call; answered below.
	return sendNow(client, 'review-values-reports', { query }).then((answer) =>
		figuresOf(answer as ValuesReport),
	);
}

/** What `/client/review-values-reports` answers (the part read here). */
interface ValuesReport {
	data: Array<{
		attributes: {
			results: Array<{ groupings: { product_id?: string }; statistics: ReviewFigures }>;
		};
	}>;
}

/** The report's statistics by product ID (or `shop`). */
function figuresOf(answer: ValuesReport): Record<string, ReviewFigures> {
	const figures: Record<string, ReviewFigures> = {};
	for (const report of answer.data) {
		for (const { groupings, statistics } of report.attributes.results)
			figures[groupings.product_id ?? 'shop'] = statistics;
	}
	return figures;
}

export interface CreateReviewOptions {
	/** The product, as the shop's platform knows it. */
	product: { externalId: string; integration: 'shopify' | 'woocommerce' };
	email: string;
	/** The name shown with the review. */
	author: string;
	content: string;
	/** 1 to 5 stars; none for a question. */
	rating?: 1 | 2 | 3 | 4 | 5;
	title?: string;
	/** Default `review`. */
	reviewType?: 'review' | 'question' | 'rating' | 'store';
	/** The order the review is about (marks it verified). */
	orderId?: string;
	/** Image URLs or data URIs. */
	images?: string[];
}

/** Submits a review (`POST /client/reviews`); resolves once Klaviyo accepted it. Refused while consent is pending. */
export function createReview(client: Client, options: CreateReviewOptions): Promise<void> {
	const {
		product,
		email,
		author,
		content,
		rating,
		title,
		reviewType = 'review',
		orderId,
		images,
	} = options ?? {};
	if (!product?.externalId || typeof product.externalId !== 'string')
		throw invalid('product.externalId', 'must be a string');
	if (product.integration !== 'shopify' && product.integration !== 'woocommerce') {
		throw invalid('product.integration', 'must be shopify or woocommerce');
	}
	if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
		throw invalid('email', 'must be an email');
	for (const [field, value] of Object.entries({ author, content })) {
		if (!value || typeof value !== 'string') throw invalid(field, 'must be a non-empty string');
	}
	if (!TYPES.includes(reviewType)) throw invalid('reviewType', `must be one of ${TYPES.join(', ')}`);
	if (rating != null && !isStars(rating)) throw invalid('rating', 'must be 1 to 5');
	if (reviewType !== 'question' && rating == null) throw invalid('rating', 'is needed for a review');
	if (title != null && typeof title !== 'string') throw invalid('title', 'must be a string');
	if (orderId != null && (typeof orderId !== 'string' || !orderId))
		throw invalid('orderId', 'must be a string');
	if (images != null && (!Array.isArray(images) || !images.every((image) => typeof image === 'string'))) {
		throw invalid('images', 'must be a list of URLs');
	}
	const body = {
		data: {
			type: 'review',
			attributes: {
				review_type: reviewType,
				email,
				author,
				content,
				rating: rating ?? null,
				title,
				images,
				product: { external_id: product.externalId, integration_key: product.integration },
			},
			...(orderId && { relationships: { order: { data: { type: 'order', id: orderId } } } }),
		},
	};
	// Not sent again after a lost answer: a second review would be a duplicate.
	return sendNow(client, 'reviews', { body }).then(() => {});
}
