/**
 * Bodies between klaviyo-api's camelCase and the API's wire names, both ways: `phoneNumber` ↔
 * `phone_number`, `flowTriggers` ↔ `flow-triggers`, date-times read as `Date`. What the shop put in a
 * free-form map (a profile's `properties`, an event's, a catalog item's `custom_metadata`…) is theirs
 * and crosses unchanged. Each resource object (`{ type, attributes }`) is converted by its type's
 * shape, from the spec (generated/shapes.ts).
 */
import { SHAPES, WIRE_NAMES } from './generated/shapes.js';
import { DATE, FREE, type Shape } from './shape.js';

type Child = Shape | typeof FREE | typeof DATE | undefined;

const isPlain = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' &&
	value !== null &&
	(Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/** Names converted before: a document repeats the same few keys, and a regex per key costs. */
const camelNames = new Map<string, string>();
const wireNames = new Map<string, string>();
const remember = (names: Map<string, string>, key: string, name: string) => {
	if (names.size > 5000) names.clear(); // keys of the shop's own are unbounded
	names.set(key, name);
	return name;
};

/** klaviyo-api's name of a wire name: `phone_number` → `phoneNumber`, `_kx` → `kx`, `default` → `_default`. */
export function camel(wire: string): string {
	const known = camelNames.get(wire);
	if (known !== undefined) return known;
	const name = wire.replace(/^_+/, '').replace(/[-_]+(\w)/g, (_, c: string) => c.toUpperCase());
	return remember(camelNames, wire, name === 'default' ? '_default' : name);
}

/** The wire name of one of klaviyo-api's names: `phoneNumber` → `phone_number`. */
export const wire = (name: string): string =>
	wireNames.get(name) ??
	remember(wireNames, name, WIRE_NAMES[name] ?? name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));

/** The shape that applies inside `value`: its resource type's when it is a resource object. */
const shapeOf = (value: Record<string, unknown>, shape: Shape | undefined): Shape | undefined =>
	typeof value.type === 'string' && isPlain(value.attributes) ? SHAPES[value.type] : shape;

/**
 * A document in klaviyo-api's names → the API's (typed as `Wire`, the API's document, which the
 * spec-derived tests hold it to). A `Date` goes as ISO 8601 (its JSON).
 */
export function toWire<Wire>(value: unknown, shape?: Child): Wire {
	if (Array.isArray(value)) return value.map((item) => toWire(item, shape)) as Wire;
	if (shape === FREE || shape === DATE || !isPlain(value)) return value as Wire;
	const inside = shapeOf(value, shape);
	const out: Record<string, unknown> = {};
	for (const [name, item] of Object.entries(value)) {
		const key = wire(name);
		out[key] = toWire(item, inside?.[key]);
	}
	return out as Wire;
}

/** A document the API sent → klaviyo-api's names, date-times as `Date`. */
export function fromWire(value: unknown, shape?: Child): unknown {
	if (Array.isArray(value)) return value.map((item) => fromWire(item, shape));
	if (shape === DATE) return typeof value === 'string' ? new Date(value) : value;
	if (shape === FREE || !isPlain(value)) return value;
	const inside = shapeOf(value, shape);
	const out: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) out[camel(key)] = fromWire(item, inside?.[key]);
	return out;
}
