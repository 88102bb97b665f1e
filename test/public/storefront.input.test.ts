/**
 * Bad input to every function of klaviyo-edge/storefront: a KlaviyoValidationError naming the field
 * and the rule, thrown before any request.
 */
import { describe, expect, it } from 'vitest';
import { createClient, KlaviyoValidationError, memoryStorage } from '../../src/public/index.js';
import {
	type BackInStockOptions,
	type CreateReviewOptions,
	createReview,
	type GetReviewsOptions,
	getReviewFigures,
	getReviews,
	subscribeBackInStock,
} from '../../src/public/storefront.js';
import { thrownBy } from './helpers.js';

const requests: string[] = [];
const klaviyo = createClient('PUBKEY', {
	storage: memoryStorage(),
	fetch: async (input) => {
		requests.push(String(input));
		return new Response(null, { status: 202 });
	},
});

const backInStock: BackInStockOptions = { variantId: '$shopify:::$default:::1', email: 'a@example.com' };
const review: CreateReviewOptions = {
	product: { externalId: 'P1', integration: 'shopify' },
	email: 'a@example.com',
	author: 'A',
	content: 'Good.',
	rating: 5,
};

/** Cases: the call, the field the refusal names. */
const cases: Array<[string, () => unknown, string]> = [
	['back in stock: no options', () => subscribeBackInStock(klaviyo, undefined as never), 'variantId'],
	[
		'back in stock: no variant',
		() => subscribeBackInStock(klaviyo, { ...backInStock, variantId: '' }),
		'variantId',
	],
	[
		'back in stock: no email nor phone',
		() => subscribeBackInStock(klaviyo, { variantId: 'a:::b:::c' }),
		'email',
	],
	[
		'back in stock: bad email',
		() => subscribeBackInStock(klaviyo, { ...backInStock, email: 'nope' }),
		'email',
	],
	[
		'back in stock: bad phone',
		() => subscribeBackInStock(klaviyo, { variantId: 'a:::b:::c', phone: '555' }),
		'phone',
	],
	[
		'back in stock: unknown channel',
		() => subscribeBackInStock(klaviyo, { ...backInStock, channels: ['FAX' as never] }),
		'channels',
	],
	[
		'back in stock: no channel',
		() => subscribeBackInStock(klaviyo, { ...backInStock, channels: [] }),
		'channels',
	],
	[
		'back in stock: SMS without phone',
		() => subscribeBackInStock(klaviyo, { ...backInStock, channels: ['SMS'] }),
		'phone',
	],
	[
		'back in stock: EMAIL without email',
		() =>
			subscribeBackInStock(klaviyo, { variantId: 'a:::b:::c', phone: '+15005550006', channels: ['EMAIL'] }),
		'email',
	],
	['reviews: rating 6', () => getReviews(klaviyo, { rating: 6 }), 'rating'],
	['reviews: no ratings', () => getReviews(klaviyo, { rating: [] }), 'rating'],
	['reviews: page size 0', () => getReviews(klaviyo, { pageSize: 0 }), 'pageSize'],
	['reviews: page size 101', () => getReviews(klaviyo, { pageSize: 101 }), 'pageSize'],
	[
		'reviews: unknown sort',
		() => getReviews(klaviyo, { sort: 'stars' as GetReviewsOptions['sort'] }),
		'sort',
	],
	['reviews: unknown type', () => getReviews(klaviyo, { reviewType: 'essay' as never }), 'reviewType'],
	['reviews: product id a number', () => getReviews(klaviyo, { productId: 7 as never }), 'productId'],
	['reviews: verified "yes"', () => getReviews(klaviyo, { verified: 'yes' as never }), 'verified'],
	[
		'figures: product ids not a list',
		() => getReviewFigures(klaviyo, { productIds: 'P1' as never }),
		'productIds',
	],
	[
		'figures: unknown timeframe',
		() => getReviewFigures(klaviyo, { timeframe: 'forever' as never }),
		'timeframe',
	],
	[
		'review: no product',
		() => createReview(klaviyo, { ...review, product: undefined as never }),
		'product.externalId',
	],
	[
		'review: unknown platform',
		() =>
			createReview(klaviyo, { ...review, product: { externalId: 'P1', integration: 'magento' as never } }),
		'product.integration',
	],
	['review: bad email', () => createReview(klaviyo, { ...review, email: 'nope' }), 'email'],
	['review: no author', () => createReview(klaviyo, { ...review, author: '' }), 'author'],
	['review: no content', () => createReview(klaviyo, { ...review, content: '' }), 'content'],
	['review: rating 0', () => createReview(klaviyo, { ...review, rating: 0 as never }), 'rating'],
	[
		'review: a review without rating',
		() => createReview(klaviyo, { ...review, rating: undefined }),
		'rating',
	],
	['review: images not a list', () => createReview(klaviyo, { ...review, images: 'x' as never }), 'images'],
];

describe('bad input to klaviyo-edge/storefront', () => {
	it.each(cases)('%s: a KlaviyoValidationError naming the field, before any request', (_, call, field) => {
		// Thrown synchronously, not as a rejection: nothing was even attempted.
		const error = thrownBy(call);
		expect(error).toBeInstanceOf(KlaviyoValidationError);
		expect((error as KlaviyoValidationError).field).toBe(field);
		expect((error as KlaviyoValidationError).rule).toBeTruthy();
		expect(requests).toEqual([]);
	});

	it('good input is sent (the cases above are refused for their fault alone)', async () => {
		await subscribeBackInStock(klaviyo, backInStock);
		await createReview(klaviyo, review);
		expect(requests).toHaveLength(2);
	});
});
