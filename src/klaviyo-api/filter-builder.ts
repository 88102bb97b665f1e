/**
 * klaviyo-api's `FilterBuilder`: conditions added one by one, joined by `build()` into the `filter`
 * string (`equals(email,"a@b.c"),greater-than(created,2023-08-15T16:30:00.000Z)`). Values are
 * written as klaviyo-edge's filter builders write them (src/private/filter.ts): strings JSON-quoted,
 * dates ISO, numbers and booleans bare. A value of the wrong type is refused, naming it.
 */
import { invalid } from '../core/errors.js';
import { filterLiteral } from '../private/filter.js';

type Scalar = string | number | boolean | Date;
type Kind = 'string' | 'number' | 'boolean' | 'Date';

const kindOf = (value: unknown) => (value instanceof Date ? 'Date' : typeof value);

export class FilterBuilder {
	filters: string[] = [];

	equals(field: string, value: Scalar | string[] | number[] | boolean[] | Date[]): this {
		return this.#add('equals', field, value, ['boolean', 'number', 'string', 'Date'], true);
	}
	lessThan(field: string, value: number | Date): this {
		return this.#add('less-than', field, value, ['number', 'Date']);
	}
	greaterThan(field: string, value: number | Date): this {
		return this.#add('greater-than', field, value, ['number', 'Date']);
	}
	lessOrEqual(field: string, value: number | Date): this {
		return this.#add('less-or-equal', field, value, ['number', 'Date']);
	}
	greaterOrEqual(field: string, value: number | Date): this {
		return this.#add('greater-or-equal', field, value, ['number', 'Date']);
	}
	contains(field: string, value: string | string[]): this {
		return this.#add('contains', field, value, ['string'], true);
	}
	containsAny(field: string, value: string | string[]): this {
		return this.#add('contains-any', field, value, ['string'], true);
	}
	containsAll(field: string, value: string | string[]): this {
		return this.#add('contains-all', field, value, ['string'], true);
	}
	endsWith(field: string, value: string): this {
		return this.#add('ends-with', field, value, ['string']);
	}
	startsWith(field: string, value: string): this {
		return this.#add('starts-with', field, value, ['string']);
	}
	any(field: string, value: string[] | number[] | boolean[] | Date[]): this {
		if (!Array.isArray(value)) throw invalid('value', 'must be an array');
		return this.#add('any', field, value, ['boolean', 'number', 'string', 'Date'], true);
	}
	has(field: string): this {
		if (typeof field !== 'string') throw invalid('field', 'must be a string');
		this.filters.push(`has(${field})`);
		return this;
	}

	build(): string {
		return this.filters.join(',');
	}

	#add(operator: string, field: string, value: unknown, kinds: Kind[], list = false): this {
		if (typeof field !== 'string') throw invalid('field', 'must be a string');
		const values = list && Array.isArray(value) ? value : [value];
		if (list && Array.isArray(value)) {
			if (value.length === 0) throw invalid('value', 'cannot be an empty list');
			if (!value.every((item) => kindOf(item) === kindOf(value[0])))
				throw invalid('value', 'must hold items of one type');
		}
		if (!values.every((item) => (kinds as string[]).includes(kindOf(item))))
			throw invalid('value', `must be one of the following types: ${kinds.join(', ')}`);
		const written = values.map((item) => filterLiteral(item as Scalar));
		this.filters.push(`${operator}(${field},${Array.isArray(value) ? `[${written}]` : written[0]})`);
		return this;
	}
}
