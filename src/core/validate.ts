import * as v from 'valibot';
import { invalidWith, KlaviyoValidationError } from './errors.js';

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
	throw invalidWith(v.getDotPath(issue) ?? '', issue.message, { value: issue.input, method });
}

/** `JSON.stringify` that reports a circular structure or a BigInt as bad input, not as a crash. */
export function toJson(value: unknown, field = 'body'): string {
	try {
		return JSON.stringify(value);
	} catch (error) {
		// JSON.stringify says what the value holds: 'Converting circular structure to JSON', 'a BigInt'.
		throw invalidWith(field, 'must be plain JSON data', { got: (error as Error).message.split('\n')[0] });
	}
}

/**
 * Runs a check of the protocol layer (src/protocol) for a private method: its refusal is re-said
 * with the method and the item's position (`events.3.email`, in `events.bulkCreate`), rule kept.
 */
export function checked<T>(method: string, at: string, check: () => T): T {
	try {
		return check();
	} catch (error) {
		if (!(error instanceof KlaviyoValidationError)) throw error;
		const field = at && error.field ? `${at}.${error.field}` : at || error.field;
		throw invalidWith(field, error.rule, { method });
	}
}
