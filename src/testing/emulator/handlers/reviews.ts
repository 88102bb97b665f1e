/**
 * Reviews through the client API: GET /client/reviews (published and featured reviews only, as a
 * storefront may show; filter, sort, cursor pages), POST /client/reviews (recorded `pending`, for
 * the shop to moderate: a new review is never shown at once), and GET
 * /client/review-values-reports (average rating and counts, by product or for the account).
 */
import { bodyOf, type Handler, pageSize, sortBy, sortParam } from '../context.js';
import { badRequest } from '../errors.js';
import { evaluateFilter } from '../filter.js';
import { isoSeconds } from '../ids.js';
import { paginate } from '../paging.js';
import type { StoredReview } from '../store.js';

const SHOWN = new Set(['published', 'featured']);

/** A review as the client API shows it. */
function reviewResource(review: StoredReview) {
	return {
		type: 'review',
		id: review.id,
		attributes: {
			status: { value: review.status },
			verified: review.verified,
			review_type: review.review_type,
			created: review.created,
			updated: review.updated,
			images: review.images,
			product: {
				url: `https://shop.example/products/${review.productId}`,
				name: review.productName,
				image_url: null,
				external_id: review.productId,
			},
			rating: review.rating,
			author: review.author,
			content: review.content,
			title: review.title,
			smart_quote: null,
			public_reply: null,
		},
		links: { self: `/client/reviews/${review.id}` },
	};
}

/** The fields `filter` may name, as the record evaluateFilter reads. */
const filterable = (review: StoredReview) => ({
	...review,
	status: review.status,
	media: review.images.length > 0,
	incentivized: false,
	edited: false,
	smart_quote: false,
	public_reply: false,
	created: new Date(review.created),
	updated: new Date(review.updated),
});

export const getClientReviews: Handler = (context) => {
	let reviews = context.store.reviews.filter((review) => SHOWN.has(review.status));
	if (context.filter)
		reviews = reviews.filter((review) => evaluateFilter(context.filter!, filterable(review)));
	const sort = sortParam(context) ?? { field: 'created', descending: true };
	reviews = sortBy(
		reviews,
		(review) => review[sort.field as 'created' | 'rating' | 'updated'],
		sort.descending,
	);
	const { items, links } = paginate(context, reviews, pageSize(context, 20));
	return { status: 200, body: { data: items.map(reviewResource), links } };
};

interface ReviewBody {
	data: {
		attributes: {
			review_type: StoredReview['review_type'];
			email: string;
			author: string;
			content: string;
			rating?: number | null;
			title?: string | null;
			images?: string[] | null;
			product?: { external_id: string; integration_key: string };
		};
		relationships?: { order?: { data: { id: string } } };
	};
}

export const createClientReview: Handler = (context) => {
	const { attributes, relationships } = bodyOf<ReviewBody>(context).data;
	// The spec requires only review_type, email, author and content: a product and a rating are
	// nullable, so a review without them is kept as it is (no rule of ours on top of Klaviyo's).
	const orderId = relationships?.order?.data.id;
	context.store.addReview({
		status: 'pending',
		review_type: attributes.review_type,
		rating: attributes.rating ?? null,
		author: attributes.author,
		email: attributes.email,
		content: attributes.content,
		title: attributes.title ?? null,
		images: attributes.images ?? [],
		verified: Boolean(orderId),
		productId: attributes.product?.external_id ?? '',
		created: isoSeconds(),
		updated: isoSeconds(),
		...(orderId && { orderId }),
	});
	return { status: 202 };
};

const STATISTICS = ['average_rating', 'total_reviews', 'total_questions', 'total_ratings'] as const;
const DAYS: Record<string, number> = { last_30_days: 30, last_90_days: 90, last_365_days: 365 };

export const getClientReviewValuesReports: Handler = (context) => {
	const { group_by: groupBy, timeframe, statistics } = context.query as Record<string, string>;
	const wanted = statistics!.split(',').map((name) => name.trim());
	for (const name of wanted) {
		if (
			!(STATISTICS as readonly string[]).includes(name) &&
			name !== 'total_store_reviews' &&
			name !== 'average_store_rating'
		) {
			throw badRequest(`Unknown statistic '${name}'.`, { parameter: 'statistics' });
		}
	}
	const since = DAYS[timeframe!] ? Date.now() - DAYS[timeframe!]! * 86_400_000 : 0;
	let reviews = context.store.reviews.filter(
		(review) => SHOWN.has(review.status) && Date.parse(review.created) >= since,
	);
	if (context.filter) {
		reviews = reviews.filter((review) =>
			evaluateFilter(context.filter!, { product_external_ids: review.productId }),
		);
	}
	const groups = new Map<string, StoredReview[]>();
	for (const review of reviews) {
		const key = groupBy === 'product_id' ? review.productId : 'company';
		groups.set(key, [...(groups.get(key) ?? []), review]);
	}
	if (groupBy !== 'product_id' && !groups.size) groups.set('company', []);
	const results = [...groups].map(([key, group]) => {
		const rated = group.filter(
			(review) => review.review_type !== 'question' && review.review_type !== 'store',
		);
		const all: Record<string, number | null> = {
			average_rating: rated.length
				? Math.round((rated.reduce((sum, review) => sum + (review.rating ?? 0), 0) / rated.length) * 100) /
					100
				: null,
			total_reviews: group.filter((review) => review.review_type === 'review').length,
			total_questions: group.filter((review) => review.review_type === 'question').length,
			total_ratings: rated.length,
		};
		return {
			groupings: groupBy === 'product_id' ? { product_id: key } : { company_id: context.query.company_id },
			statistics: Object.fromEntries(wanted.filter((name) => name in all).map((name) => [name, all[name]])),
		};
	});
	return {
		status: 200,
		body: {
			data: [
				{
					type: 'review-values-report',
					id: `${groupBy}:${timeframe}`,
					attributes: { results },
					links: { self: context.url.href },
				},
			],
			links: { self: context.url.href },
		},
	};
};
