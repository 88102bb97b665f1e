import { invalidWith } from './errors.js';

/** What a path id may not be: it would change which endpoint the request reaches (`..` is `/api/`). */
export const PATH_ID_RULE = 'must be an id: not empty, "." or "..", and without "/"';

export const isPathId = (id: string) => id !== '' && id !== '.' && id !== '..' && !/[/\\]/.test(id);

/**
 * One id as a URL path segment, encoded. Refuses, naming `field`, what URL parsing would turn into
 * another path: `.`, `..`, empty, a slash (or a backslash, which WHATWG URLs read as one).
 */
export function segment(id: string, field: string): string {
	if (typeof id !== 'string' || !isPathId(id)) throw invalidWith(field, PATH_ID_RULE, { value: id });
	return encodeURIComponent(id);
}
