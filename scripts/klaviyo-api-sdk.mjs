/**
 * What klaviyo-edge/klaviyo-api is generated from, read and checked against each other: the spec's
 * operations (spec/klaviyo/stable.json) and klaviyo-api's classes, methods, parameters and aliases
 * (its dist/api/*Api.d.ts). scripts/gen-klaviyo-api.mjs writes the entry from it; the differential
 * test (test/klaviyo-api/index.differential.test.ts) calls every method from it.
 */
import { readdir, readFile } from 'node:fs/promises';
import ts from 'typescript';

export const root = new URL('../', import.meta.url);
export const sdkDir = new URL('node_modules/klaviyo-api/', root);
export const spec = JSON.parse(await readFile(new URL('spec/klaviyo/stable.json', root), 'utf8'));
export const sdkVersion = JSON.parse(await readFile(new URL('package.json', sdkDir), 'utf8')).version;
export const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
export const schemas = spec.components.schemas;
export const refName = (schema) => schema?.$ref?.split('/').pop();
export const deref = (schema) => {
	while (schema?.$ref) schema = schemas[refName(schema)];
	return schema ?? {};
};

// ---------------------------------------------------------------------------------------------
// Names: the SDK's camelCase of a wire name, and back (the runtime's rule, src/klaviyo-api/casing.ts)

/** JavaScript's reserved words the SDK prefixes with `_` (its `default` → `_default`). */
export const RESERVED = new Set(['default']);
export const camel = (wire) => {
	const name = wire.replace(/^_+/, '').replace(/[-_]+(\w)/g, (_, c) => c.toUpperCase());
	return RESERVED.has(name) ? `_${name}` : name;
};
export const snake = (name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const pascal = (wire) => camel(wire).replace(/^_?(\w)/, (_, c) => c.toUpperCase());
export const kebab = (tag) => tag.toLowerCase().replace(/\s+/g, '-');
export const className = (tag) => `${tag.replace(/\s+/g, '')}Api`;

// ---------------------------------------------------------------------------------------------
// The spec's operations

export const operations = new Map();
for (const [path, item] of Object.entries(spec.paths)) {
	for (const method of METHODS) {
		const op = item[method];
		if (!op) continue;
		const query = (op.parameters ?? []).filter((p) => p.in === 'query');
		const content = op.requestBody?.content ?? {};
		const success = Object.entries(op.responses)
			.filter(([status]) => /^2/.test(status))
			.map(([, response]) => response.content?.['application/vnd.api+json']?.schema)
			.find(Boolean);
		operations.set(op.operationId, {
			id: op.operationId,
			tag: op.tags[0],
			path,
			summary: op.summary,
			pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
			query: new Map(query.map((p) => [p.name, p])),
			body: content['multipart/form-data']
				? { form: deref(content['multipart/form-data'].schema) }
				: content['application/vnd.api+json'] && {
						model: refName(content['application/vnd.api+json'].schema),
					},
			result: success && refName(success),
		});
	}
}

/** The SDK's option name of a query parameter: `fields[catalog-item]` → `fieldsCatalogItem`. */
export function optionName(wire) {
	const family = /^(fields|additional-fields)\[([\w-]+)\]$/.exec(wire);
	if (family) return camel(family[1]) + pascal(family[2]);
	if (wire === 'page[cursor]' || wire === 'page_cursor') return 'pageCursor';
	if (wire === 'page[size]') return 'pageSize';
	return camel(wire);
}

// ---------------------------------------------------------------------------------------------
// The SDK's declarations: classes, methods and their parameters, aliases

export const sdkClasses = new Map();
for (const file of (await readdir(new URL('dist/api/', sdkDir))).filter((f) => /Api\.d\.ts$/.test(f))) {
	const text = await readFile(new URL(`dist/api/${file}`, sdkDir), 'utf8');
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
	for (const node of source.statements) {
		const name = node.name?.text;
		if (ts.isClassDeclaration(node)) {
			const methods = [];
			for (const member of node.members) {
				if (!ts.isMethodDeclaration(member)) continue;
				// Each method is its operationId in camelCase (its comment's spec link is wrong for one).
				const id = snake(member.name.text);
				const params = member.parameters.map((p) => ({
					name: p.name.text,
					optional: Boolean(p.questionToken),
					type: p.type.getText(source),
					options: p.name.text === 'options' ? p.type.members.map((m) => m.name.text) : undefined,
				}));
				methods.push({ name: member.name.text, id, params });
			}
			sdkClasses.set(name, { name, methods, aliases: [] });
		} else if (ts.isInterfaceDeclaration(node)) {
			for (const member of node.members) {
				const target = /^typeof \w+\.prototype\.(\w+)$/.exec(member.type.getText(source))?.[1];
				if (!target) throw new Error(`${name}.${member.name.text}: not an alias`);
				sdkClasses.get(name).aliases.push({ name: member.name.text, target });
			}
		}
	}
}

/**
 * Each SDK method against its operation: every positional parameter is a path id, a required query
 * parameter, the body or a form field, and every option a query parameter under the rule above.
 * Anything else stops the generator: the SDK or the spec changed, and the table must be read again.
 */
const covered = new Set();
for (const cls of sdkClasses.values()) {
	for (const method of cls.methods) {
		const op = operations.get(method.id);
		if (!op) throw new Error(`${cls.name}.${method.name}: the spec has no ${method.id}`);
		if (className(op.tag) !== cls.name) throw new Error(`${method.id} is ${op.tag}'s, not ${cls.name}'s`);
		covered.add(op.id);
		method.op = op;
		method.args = method.params
			.filter((p) => !p.options)
			.map((p) => {
				const path = op.pathParams.find((name) => camel(name) === p.name);
				if (path) return { ...p, role: 'path' };
				// Required query parameters are positional (and `company_id`, which the spec leaves optional).
				const query = [...op.query.values()].find((q) => camel(q.name) === p.name);
				if (query) return { ...p, role: 'query' };
				if (op.body?.model && p.type === op.body.model) return { ...p, role: 'body' };
				if (op.body?.form?.properties?.[p.name]) return { ...p, role: 'form' };
				throw new Error(
					`${method.name}(${p.name}: ${p.type}): not a path id, query, body or form field of ${op.id}`,
				);
			});
		const positional = new Set(method.args.filter((a) => a.role === 'query').map((a) => a.name));
		const options = method.params.find((p) => p.options)?.options ?? [];
		const expected = [...op.query.keys()].map(optionName).filter((name) => !positional.has(name));
		if (JSON.stringify([...options].sort()) !== JSON.stringify(expected.sort()))
			throw new Error(`${method.name}: options ${options} are not ${expected}`);
		if ([...op.query.values()].some((q) => q.required && !positional.has(camel(q.name))))
			throw new Error(`${method.name}: a required query parameter of ${op.id} is not positional`);
		const roles = method.args.map((a) => a.role);
		if (
			roles.filter((r) => r === 'path').length !== op.pathParams.length ||
			(op.body && !roles.some((r) => r === 'body' || r === 'form'))
		)
			throw new Error(`${method.name}: its parameters do not cover ${op.id}`);
		for (const alias of cls.aliases) {
			if (!cls.methods.some((m) => m.name === alias.target) && alias.target === method.name)
				throw new Error(`${cls.name}.${alias.name}: no method ${alias.target}`);
		}
	}
}
/** The operations klaviyo-api has no method for (it leaves most of the `/client` side out). */
export const uncovered = [...operations.values()].filter((op) => !covered.has(op.id)).map((op) => op.id);
