/**
 * Maps `METHOD /path` to a spec operation. Templated segments (`{id}`) match any single
 * non-empty segment; a literal segment beats a template at the same position, so
 * `/api/profile-bulk-import-jobs/{job_id}` and `/api/profiles/{id}` never shadow each other.
 */
import type { Operation } from './spec.js';

export type RouteMatch =
	| { kind: 'operation'; operation: Operation; params: Record<string, string> }
	/** Klaviyo's retired v1/v2 APIs answer 410 Gone. */
	| { kind: 'legacy' }
	/** The path exists in the spec but not with this method. */
	| { kind: 'method-not-allowed'; allowed: string[] }
	| { kind: 'not-found' };

interface Route {
	segments: string[];
	operations: Map<string, Operation>;
}

/** Retired endpoints: `/api/track`, `/api/identify`, `/api/v1/*`, `/api/v2/*`. */
const LEGACY = /^\/api\/(track|identify)\/?$|^\/api\/v[12](\/|$)/;

export class Router {
	private readonly routes: Route[] = [];

	constructor(operations: Operation[]) {
		const byPath = new Map<string, Route>();
		for (const operation of operations) {
			let route = byPath.get(operation.path);
			if (!route) {
				route = { segments: split(operation.path), operations: new Map() };
				byPath.set(operation.path, route);
				this.routes.push(route);
			}
			route.operations.set(operation.method, operation);
		}
		// Most literal segments first, so literals win over templates.
		const literals = (route: Route) => route.segments.filter((s) => !isTemplate(s)).length;
		this.routes.sort((a, b) => literals(b) - literals(a));
	}

	match(method: string, path: string): RouteMatch {
		if (LEGACY.test(path)) return { kind: 'legacy' };
		// Klaviyo serves every path with or without a trailing slash (its own links use one).
		const segments = split(path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);
		for (const route of this.routes) {
			const params = matchSegments(route.segments, segments);
			if (!params) continue;
			const operation = route.operations.get(method);
			if (operation) return { kind: 'operation', operation, params };
			return { kind: 'method-not-allowed', allowed: [...route.operations.keys()] };
		}
		return { kind: 'not-found' };
	}
}

const split = (path: string) => path.split('/').slice(1);
const isTemplate = (segment: string) => segment.startsWith('{') && segment.endsWith('}');

function matchSegments(template: string[], actual: string[]): Record<string, string> | undefined {
	if (template.length !== actual.length) return undefined;
	const params: Record<string, string> = {};
	for (let i = 0; i < template.length; i++) {
		const expected = template[i]!;
		const segment = actual[i]!;
		if (isTemplate(expected)) {
			if (!segment) return undefined;
			try {
				params[expected.slice(1, -1)] = decodeURIComponent(segment);
			} catch {
				return undefined;
			}
		} else if (expected !== segment) {
			return undefined;
		}
	}
	return params;
}
