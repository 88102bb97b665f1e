import * as v from 'valibot';
import type { RequestOptions } from '../../core/options.js';
import { validate } from '../../core/validate.js';
import type { DeletionJobBody } from '../bodies.js';
import { object, requiredString } from '../schemas.js';
import type { Transport } from '../transport.js';
import type { Empty } from '../types.js';

export interface DeletionRequest {
	/** The email, phone number (E.164) or Klaviyo profile id. */
	identifier: string;
	/** What `identifier` is. Default `'email'`. */
	id_type?: 'email' | 'phone_number' | 'person_id';
}

/** Data privacy: node-klaviyo's deletion request on `/api/data-privacy-deletion-jobs`. */
export class DataPrivacy {
	readonly #transport: Transport;

	constructor(transport: Transport) {
		this.#transport = transport;
	}

	/**
	 * Asks Klaviyo to delete a person's data (`POST /api/data-privacy-deletion-jobs`). Klaviyo
	 * deletes **every** profile matching the identifier (node-klaviyo's API deleted one), later.
	 * Resolves `{}`. Not retried: the job is not idempotent.
	 */
	requestProfileDeletion(options: DeletionRequest, request?: RequestOptions): Promise<Empty> {
		const { id_type, identifier } = validate(
			object({
				id_type: v.optional(
					v.picklist(
						['email', 'phone_number', 'person_id'],
						'id_type invalid, please use either email, phone_number or person_id',
					),
					'email',
				),
				identifier: requiredString('Identifier was not provided.'),
			}),
			options ?? {},
			'dataPrivacy.requestProfileDeletion',
		);
		const profile =
			id_type === 'person_id'
				? { type: 'profile' as const, id: identifier, attributes: {} }
				: { type: 'profile' as const, attributes: { [id_type]: identifier } };
		const body: DeletionJobBody = {
			data: { type: 'data-privacy-deletion-job', attributes: { profile: { data: profile } } },
		};
		return this.#transport
			.request('POST', '/api/data-privacy-deletion-jobs', { ...request, body })
			.then(() => ({}));
	}
}
