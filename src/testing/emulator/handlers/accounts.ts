/**
 * GET /api/accounts and /api/accounts/{id}: the account the request's key or OAuth token belongs
 * to, which an app reads after an install to learn whose account it is. As with Klaviyo, its id is
 * its public key; its settings are a plain store's. Any other id is a 404.
 */
import type { Handler, HandlerContext } from '../context.js';
import { notFound } from '../errors.js';
import type { StoredResource } from '../resource-store.js';
import { collectionAnswer, singleAnswer } from './generic.js';

/** The account's record, kept in its store like any other (so `fields[account]` applies). */
function account(context: HandlerContext): StoredResource {
	const { resources } = context.store;
	const id = context.accountId;
	return (
		resources.get('account', id) ??
		resources.put({
			type: 'account',
			id,
			attributes: {
				test_account: false,
				contact_information: {
					default_sender_name: 'Emulated Store',
					default_sender_email: 'store@example.com',
					website_url: 'https://store.example',
					organization_name: 'Emulated Store',
					street_address: {
						address1: null,
						address2: null,
						city: null,
						region: null,
						country: 'US',
						zip: null,
					},
				},
				industry: null,
				timezone: 'UTC',
				preferred_currency: 'USD',
				public_api_key: id,
				locale: 'en-US',
			},
		})
	);
}

export const getAccounts: Handler = (context) => collectionAnswer(context, 'account', [account(context)]);

export const getAccount: Handler = (context) => {
	if (context.params.id !== context.accountId)
		throw notFound(`An account with id '${context.params.id}' does not exist.`);
	return singleAnswer(context, account(context));
};
