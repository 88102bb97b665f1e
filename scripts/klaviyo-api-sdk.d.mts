/** Types of scripts/klaviyo-api-sdk.mjs, for the tests that call every method from it. */

/** A JSON schema of the spec (loosely typed: the tests walk it). */
// biome-ignore lint/suspicious/noExplicitAny: a JSON schema of any shape, walked by the tests
export type Schema = Record<string, any>;

export interface SpecOperation {
	id: string;
	tag: string;
	path: string;
	summary: string;
	pathParams: string[];
	/** Query parameters by wire name. */
	query: Map<string, { name: string; required?: boolean; schema: Schema; example?: unknown }>;
	body?: { model?: string; form?: Schema };
	/** The success response's schema name. */
	result?: string;
}

export interface SdkArgument {
	name: string;
	optional: boolean;
	type: string;
	role: 'path' | 'query' | 'body' | 'form';
}

export interface SdkMethod {
	name: string;
	id: string;
	params: Array<{ name: string; optional: boolean; type: string; options?: string[] }>;
	/** The positional parameters, each with what it is for the operation. */
	args: SdkArgument[];
	op: SpecOperation;
}

export interface SdkClass {
	name: string;
	methods: SdkMethod[];
	aliases: Array<{ name: string; target: string }>;
}

export const spec: Schema;
export const schemas: Record<string, Schema>;
export const sdkVersion: string;
export const operations: Map<string, SpecOperation>;
export const sdkClasses: Map<string, SdkClass>;
export const uncovered: string[];
export function deref(schema: Schema | undefined): Schema;
export function refName(schema: Schema | undefined): string | undefined;
export function camel(wire: string): string;
export function optionName(wire: string): string;
