/**
 * Everything Klaviyo checks about a request before doing any work, driven by the matched
 * spec operation: API key or company_id, `revision` header, content type, JSON syntax,
 * query parameters (names, types, enums, ranges, `filter` grammar and allowed fields)
 * and the JSON:API body schema.
 *
 * Checks run in stages. The response uses the first stage that failed (so a request
 * with a bad key gets 401 even if its body is also wrong, as in production), but every
 * problem found is reported as a violation so tests can see all of them at once.
 */
import { errorObject, type JsonApiErrorObject } from './errors.js';
import type { FormFields } from './fetch-io.js';
import { type FilterNode, FilterSyntaxError, parseFilter } from './filter.js';
import { checkFilter, filterRulesFor, headerFilterRules } from './filter-rules.js';
import { validateRequestBody, validateValue } from './schema-validator.js';
import { JSON_API, MULTIPART, type Operation, type ParameterObject } from './spec.js';

export interface IncomingRequest {
	headers: Record<string, string>;
	/** Decoded query; `repeated` lists names that appeared more than once. */
	query: Record<string, string>;
	repeated: string[];
	/** Decoded path parameters (`{id}` → params.id). */
	params: Record<string, string>;
	/** Raw body text ('' when none, or when the body is a multipart form). */
	rawBody: string;
	/** Body size in bytes. */
	bodyBytes: number;
	/** A `multipart/form-data` body's fields (files summarised). */
	form?: FormFields;
}

export interface CheckContext {
	publicKey: string;
	privateKey: string;
	/** Newest revision the spec describes; later dates are rejected. */
	latestRevision: string;
	/** The request carried an OAuth access token the emulator already accepted (oauth.ts). */
	authorized?: boolean;
}

export interface CheckResult {
	/** Status to answer with when `errors` is not empty. */
	status: number;
	/** Errors of the first failing stage; these go into the response. */
	errors: JsonApiErrorObject[];
	/** Every problem found, across all stages. */
	violations: string[];
	/** Parsed JSON body (undefined when absent or unparseable). */
	body?: unknown;
	filter?: FilterNode;
}

/** Klaviyo's first revisioned API release; anything older never existed. */
const FIRST_REVISION = '2022-10-17';
const REVISION = /^(\d{4})-(\d{2})-(\d{2})(\.[A-Za-z0-9_-]+)?$/;

export function checkRequest(
	operation: Operation,
	request: IncomingRequest,
	context: CheckContext,
): CheckResult {
	const stages: JsonApiErrorObject[][] = [
		checkAuthorization(operation, request, context),
		checkContentType(operation, request),
		checkPayloadSize(operation, request),
	];
	const body = parseBody(operation, request, stages);
	const filterResult = checkQuery(operation, request, context);
	const validation = [
		...checkRevision(operation, request, context),
		...checkPathParameters(operation, request),
		...checkHeaderFilter(operation, request),
		...filterResult.errors,
		...(body.ok ? checkBody(operation, body.value) : []),
	];
	stages.push(validation);
	const failing = stages.find((errors) => errors.length > 0) ?? [];
	return {
		status: failing[0]?.status ?? 200,
		errors: failing,
		violations: stages.flat().map(describe),
		body: body.ok ? body.value : undefined,
		filter: filterResult.filter,
	};
}

const describe = (error: JsonApiErrorObject) => {
	const where =
		error.source?.pointer ?? (error.source?.parameter ? `parameter ${error.source.parameter}` : '');
	return `${error.status} ${error.code}: ${error.detail}${where ? ` (${where})` : ''}`;
};

function checkAuthorization(operation: Operation, request: IncomingRequest, context: CheckContext) {
	if (!operation.requiresPrivateKey || context.authorized) return [];
	const header = request.headers.authorization;
	if (!header) {
		return [errorObject(401, 'not_authenticated', 'Missing or invalid Authorization header.')];
	}
	const match = /^Klaviyo-API-Key\s+(\S+)$/i.exec(header.trim());
	if (!match) {
		return [
			errorObject(
				401,
				'authentication_failed',
				"Invalid Authorization header; expected 'Klaviyo-API-Key <private key>'.",
			),
		];
	}
	if (match[1] !== context.privateKey) {
		return [errorObject(401, 'authentication_failed', 'Incorrect authentication credentials.')];
	}
	return [];
}

function checkRevision(operation: Operation, request: IncomingRequest, context: CheckContext) {
	const parameter = operation.parameters.find((p) => p.in === 'header' && p.name === 'revision');
	if (!parameter) return [];
	const source = { parameter: 'revision' };
	const revision = request.headers.revision;
	if (revision === undefined || revision === '') {
		if (!parameter.required) return [];
		return [
			errorObject(400, 'invalid', "Missing required header 'revision' (format YYYY-MM-DD[.suffix]).", source),
		];
	}
	const match = REVISION.exec(revision);
	const date = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
	if (!match || !isCalendarDate(date)) {
		return [
			errorObject(400, 'invalid', `Invalid revision '${revision}'; expected YYYY-MM-DD[.suffix].`, source),
		];
	}
	if (date > context.latestRevision || date < FIRST_REVISION) {
		return [
			errorObject(
				400,
				'invalid',
				`Revision '${revision}' does not exist; the latest revision is ${context.latestRevision}.`,
				source,
			),
		];
	}
	return [];
}

function isCalendarDate(date: string): boolean {
	const parsed = new Date(`${date}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

function checkContentType(operation: Operation, request: IncomingRequest) {
	if (!operation.body.declared) return [];
	if (request.bodyBytes === 0 && !operation.body.required) return [];
	const contentType = request.headers['content-type'];
	const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
	const wanted = operation.body.mediaType ?? JSON_API;
	if (mediaType === wanted || (wanted === JSON_API && mediaType === 'application/json')) return [];
	return [
		errorObject(
			415,
			'unsupported_media_type',
			contentType
				? `Unsupported media type '${contentType}'; send ${wanted}.`
				: `Missing Content-Type header; send ${wanted}.`,
		),
	];
}

type ParsedBody = { ok: true; value: unknown } | { ok: false };

function parseBody(
	operation: Operation,
	request: IncomingRequest,
	stages: JsonApiErrorObject[][],
): ParsedBody {
	if (!operation.body.declared) return { ok: false };
	if (operation.body.mediaType === MULTIPART) return parseForm(operation, request, stages);
	if (!request.rawBody) {
		if (operation.body.required) {
			stages.push([errorObject(400, 'invalid', 'A request body is required.', { pointer: '/data' })]);
		}
		return { ok: false };
	}
	try {
		return { ok: true, value: JSON.parse(request.rawBody) };
	} catch (error) {
		stages.push([errorObject(400, 'parse_error', `Malformed JSON body: ${(error as Error).message}`)]);
		return { ok: false };
	}
}

/**
 * A multipart form as the JSON its schema describes: a file field becomes its file name (the
 * schema's `format: binary` string), a boolean field's text becomes true/false. The handler gets
 * the fields with files summarised (`FormFile`).
 */
function parseForm(
	operation: Operation,
	request: IncomingRequest,
	stages: JsonApiErrorObject[][],
): ParsedBody {
	const form = request.form;
	if (!form) {
		if (operation.body.required) {
			stages.push([errorObject(400, 'invalid', 'A multipart/form-data body is required.')]);
		}
		return { ok: false };
	}
	const value: Record<string, unknown> = {};
	for (const [name, field] of Object.entries(form)) {
		if (typeof field !== 'string') value[name] = field;
		else value[name] = field === 'true' ? true : field === 'false' ? false : field;
	}
	return { ok: true, value };
}

function checkPayloadSize(operation: Operation, request: IncomingRequest) {
	const limit = operation.maxPayloadBytes;
	const size = request.bodyBytes;
	if (limit === undefined || size <= limit) return [];
	return [
		errorObject(
			413,
			'payload_too_large',
			`Payload of ${size} bytes exceeds this endpoint's limit of ${limit} bytes.`,
		),
	];
}

function checkBody(operation: Operation, body: unknown) {
	const validated =
		operation.body.mediaType === MULTIPART
			? Object.fromEntries(
					Object.entries(body as Record<string, unknown>).map(([name, field]) => [
						name,
						field && typeof field === 'object' ? (field as { filename: string }).filename : field,
					]),
				)
			: body;
	return validateRequestBody(operation, validated).map((violation) =>
		errorObject(400, 'invalid', violation.message, { pointer: violation.pointer || '/' }),
	);
}

/** Path parameters against their schemas (`/api/mapped-metrics/{id}` takes one of seven ids). */
function checkPathParameters(operation: Operation, request: IncomingRequest) {
	const errors: JsonApiErrorObject[] = [];
	for (const parameter of operation.parameters) {
		const value = request.params[parameter.name];
		if (parameter.in !== 'path' || value === undefined || !parameter.schema) continue;
		for (const problem of validateValue(parameter.schema, value)) {
			errors.push(
				errorObject(400, 'invalid', `Invalid path parameter '${parameter.name}': ${problem}`, {
					parameter: parameter.name,
				}),
			);
		}
	}
	return errors;
}

/** `X-Klaviyo-API-Filters` (client geofences): the filter grammar, with the fields its description allows. */
function checkHeaderFilter(operation: Operation, request: IncomingRequest) {
	const parameter = operation.parameters.find((p) => p.in === 'header' && p.name !== 'revision');
	const raw = parameter && request.headers[parameter.name.toLowerCase()];
	if (!parameter || raw === undefined) return [];
	const source = { parameter: parameter.name };
	try {
		const problems = checkFilter(parseFilter(raw), headerFilterRules(parameter.description ?? ''));
		return problems.map((problem) =>
			errorObject(400, 'invalid', `Invalid ${parameter.name}: ${problem}.`, source),
		);
	} catch (error) {
		if (!(error instanceof FilterSyntaxError)) throw error;
		return [errorObject(400, 'invalid', `Invalid ${parameter.name}: ${error.message}.`, source)];
	}
}

interface QueryResult {
	errors: JsonApiErrorObject[];
	filter?: FilterNode;
}

function checkQuery(operation: Operation, request: IncomingRequest, context: CheckContext): QueryResult {
	const errors: JsonApiErrorObject[] = [];
	let filter: FilterNode | undefined;
	const declared = new Map(operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
	for (const name of request.repeated) {
		errors.push(
			errorObject(400, 'invalid', `Query parameter '${name}' was given more than once.`, { parameter: name }),
		);
	}
	for (const [name, raw] of Object.entries(request.query)) {
		const parameter = declared.get(name);
		if (!parameter) {
			errors.push(
				errorObject(400, 'invalid', `'${name}' is not a valid query parameter for this endpoint.`, {
					parameter: name,
				}),
			);
			continue;
		}
		for (const problem of checkParameterValue(parameter, raw)) {
			errors.push(errorObject(400, 'invalid', `Invalid '${name}': ${problem}`, { parameter: name }));
		}
		if (name === 'filter') {
			const result = checkFilterParameter(operation, raw);
			filter = result.filter;
			errors.push(...result.errors);
		}
		if (name === 'company_id') errors.push(...checkCompanyId(raw, context));
	}
	for (const parameter of declared.values()) {
		if (parameter.required && request.query[parameter.name] === undefined) {
			errors.push(
				errorObject(400, 'invalid', `Missing required query parameter '${parameter.name}'.`, {
					parameter: parameter.name,
				}),
			);
		}
	}
	return { errors, filter };
}

/** Converts the text of a query parameter to its schema type, then validates it. */
function checkParameterValue(parameter: ParameterObject, raw: string): string[] {
	const schema = parameter.schema;
	if (!schema) return [];
	if (schema.type === 'integer' || schema.type === 'number') {
		const pattern = schema.type === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
		if (!pattern.test(raw))
			return [`'${raw}' is not a${schema.type === 'integer' ? 'n integer' : ' number'}`];
		return validateValue(schema, Number(raw));
	}
	if (schema.type === 'array') {
		// `explode: false` arrays are comma-separated: include=metric,profile
		const items = raw.split(',').map((item) => item.trim());
		return validateValue(schema, items);
	}
	if (schema.type === 'boolean') {
		return raw === 'true' || raw === 'false' ? [] : [`'${raw}' is not true or false`];
	}
	return validateValue(schema, raw);
}

function checkFilterParameter(operation: Operation, raw: string): QueryResult {
	const source = { parameter: 'filter' };
	let filter: FilterNode;
	try {
		filter = parseFilter(raw);
	} catch (error) {
		if (!(error instanceof FilterSyntaxError)) throw error;
		return { errors: [errorObject(400, 'invalid', `Invalid filter provided: ${error.message}.`, source)] };
	}
	const rules = filterRulesFor(operation);
	if (!rules) return { errors: [], filter };
	const problems = checkFilter(filter, rules);
	return {
		errors: problems.map((problem) =>
			errorObject(400, 'invalid', `Invalid filter provided: ${problem}.`, source),
		),
		filter,
	};
}

function checkCompanyId(companyId: string, context: CheckContext) {
	const source = { parameter: 'company_id' };
	if (companyId.startsWith('pk_')) {
		return [
			errorObject(
				400,
				'invalid',
				'company_id must be your public API key (site ID); never send a private key to client endpoints.',
				source,
			),
		];
	}
	if (companyId !== context.publicKey) {
		return [errorObject(400, 'invalid', `Invalid company_id '${companyId}'.`, source)];
	}
	return [];
}
