import * as v from 'valibot';
import { KlaviyoValidationError } from './errors.js';

/**
 * Runs a valibot schema over a caller's input and turns the first issue into a
 * `KlaviyoValidationError` that names the field and the rule, before any request is sent.
 * Schemas carry node-klaviyo's messages where it had them (e.g. 'List ID was not provided.').
 */
export function validate<S extends v.GenericSchema>(
	schema: S,
	input: unknown,
	method: string,
): v.InferOutput<S> {
	const result = v.safeParse(schema, input, { abortEarly: true });
	if (result.success) return result.output;
	const issue = result.issues[0];
	const field = v.getDotPath(issue) ?? '';
	const rule = issue.message;
	throw new KlaviyoValidationError(`${rule} (${method}${field ? `: ${field}` : ''})`, field, rule);
}

/** `JSON.stringify` that reports a circular structure or a BigInt as bad input, not as a crash. */
export function toJson(value: unknown, field = 'body'): string {
	try {
		return JSON.stringify(value);
	} catch (error) {
		throw new KlaviyoValidationError(
			`"${field}" must be plain JSON data (${(error as Error).message.split('\n')[0]})`,
			field,
			'must be plain JSON data',
		);
	}
}

/**
 * Runs a check of the protocol layer (src/protocol) for a private method: its refusal is re-said
 * with the method and the item's position (`events.bulkCreate: events.3.email`), field and rule kept.
 */
export function checked<T>(method: string, at: string, check: () => T): T {
	try {
		return check();
	} catch (error) {
		if (!(error instanceof KlaviyoValidationError)) throw error;
		const field = at && error.field ? `${at}.${error.field}` : at || error.field;
		throw new KlaviyoValidationError(
			`${error.message} (${method}${field ? `: ${field}` : ''})`,
			field,
			error.rule,
		);
	}
}
