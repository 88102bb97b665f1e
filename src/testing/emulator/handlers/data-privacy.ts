/**
 * POST /api/data-privacy-deletion-jobs. Documented: exactly one identifier (email,
 * phone_number or profile id) — "If multiple identifiers are provided, we will return an
 * error" — and "All profiles that match the provided identifier will be deleted".
 * Deletion is immediate here; each request is kept in `store.deletionJobs`.
 */
import { bodyOf, type Handler } from '../context.js';
import { badRequest } from '../errors.js';
import { isoSeconds, ulid } from '../ids.js';
import type { DeletionJob } from '../model.js';

interface DeletionBody {
	data: {
		type: 'data-privacy-deletion-job';
		attributes: {
			profile: {
				data: {
					type: 'profile';
					id?: string | null;
					attributes: { email?: string | null; phone_number?: string | null };
				};
			};
		};
	};
}

export const requestProfileDeletion: Handler = (context) => {
	const { data } = bodyOf<DeletionBody>(context).data.attributes.profile;
	const given: DeletionJob['identifier'][] = [];
	if (data.attributes.email) given.push({ type: 'email', value: data.attributes.email });
	if (data.attributes.phone_number) given.push({ type: 'phone_number', value: data.attributes.phone_number });
	if (data.id) given.push({ type: 'id', value: data.id });
	const pointer = { pointer: '/data/attributes/profile/data' };
	if (given.length === 0) throw badRequest('One identifier is required: email, phone_number or id.', pointer);
	if (given.length > 1) {
		throw badRequest(
			`Only one identifier may be provided; got ${given.map((g) => g.type).join(', ')}.`,
			pointer,
		);
	}
	const identifier = given[0]!;
	const { store } = context;
	const matches =
		identifier.type === 'id'
			? [store.profiles.get(identifier.value)].filter((p) => p !== undefined)
			: store.findProfiles(identifier.type, identifier.value);
	for (const profile of matches) store.deleteProfile(profile.id);
	store.deletionJobs.push({
		id: ulid(),
		requested_at: isoSeconds(),
		identifier,
		deleted_profile_ids: matches.map((p) => p.id),
	});
	return { status: 202 };
};
