/**
 * The answer for an operation the emulator does not model (reports, renders, clones, merges…):
 * the spec's success status with a document synthesized from its response schema
 * (synthesize.ts), whose primary id is the one the request named. Nothing is stored.
 */
import type { Handler } from '../context.js';
import { schemaAt } from '../schema-validator.js';
import { synthesize } from '../synthesize.js';

export const synthesized: Handler = (context) => {
	const { operation } = context;
	const status = operation.successStatus;
	const pointer = operation.responseSchemas[String(status)];
	if (!pointer) return { status };
	const requested = (context.body as { data?: { id?: unknown } } | undefined)?.data?.id;
	const id =
		context.params.id ?? context.params.job_id ?? (typeof requested === 'string' ? requested : undefined);
	const url = context.url.href;
	return { status, body: synthesize(schemaAt(pointer), { id, url, seed: `${operation.id} ${url}` }) };
};
