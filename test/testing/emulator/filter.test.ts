import { describe, expect, it } from 'vitest';
import { evaluateFilter, FilterSyntaxError, parseFilter } from '../../../src/testing/emulator/filter.js';
import { checkFilter, rulesFromDescription } from '../../../src/testing/emulator/filter-rules.js';

describe('parseFilter', () => {
	it('parses comparisons with every value kind', () => {
		expect(parseFilter('equals(email,"a+b@x.com")')).toEqual({
			kind: 'condition',
			operator: 'equals',
			field: 'email',
			value: 'a+b@x.com',
		});
		expect(parseFilter("equals(name,'it\\'s')")).toMatchObject({ value: "it's" });
		expect(parseFilter('equals(name,"tab\\tquote\\"")')).toMatchObject({ value: 'tab\tquote"' });
		expect(parseFilter('greater-than(timestamp,1700000000)')).toMatchObject({ value: 1700000000 });
		expect(parseFilter('equals(is_active,true)')).toMatchObject({ value: true });
		expect(parseFilter('equals(x,null)')).toMatchObject({ value: null });
		expect(parseFilter('any(id,["a", \'b\'])')).toMatchObject({ value: ['a', 'b'] });
		expect(parseFilter('any(id,[])')).toMatchObject({ value: [] });
		const datetime = parseFilter('greater-or-equal(datetime,2024-01-02T03:04:05+00:00)');
		expect(datetime).toMatchObject({ value: new Date('2024-01-02T03:04:05Z') });
		expect(parseFilter('less-than(datetime,2024-01-02)')).toMatchObject({
			value: new Date('2024-01-02T00:00:00Z'),
		});
		expect(parseFilter('has(profile)')).toEqual({ kind: 'condition', operator: 'has', field: 'profile' });
	});

	it('parses and/or/not with whitespace and dotted fields', () => {
		const node = parseFilter(
			' and( equals(profile_id,"P1") , or(equals(metric_id,"M1"),not(equals(subscriptions.email.marketing.consent,"X"))) )',
		);
		expect(node).toMatchObject({
			kind: 'and',
			children: [
				{ field: 'profile_id' },
				{ kind: 'or', children: [{ field: 'metric_id' }, { kind: 'not' }] },
			],
		});
	});

	it.each([
		['equals(email,unquoted)', /Unquoted value/],
		['equals(email,"open', /Unterminated string/],
		['frobnicate(email,"x")', /Unknown operator/],
		['equals(email,"x") trailing', /trailing input/],
		['equals(,"x")', /field name/],
		['equals(email "x")', /Expected ','/],
		['and(equals(a,1)', /Expected '\)'/],
		['', /Expected an operator/],
	])('rejects %s', (input, message) => {
		expect(() => parseFilter(input)).toThrow(FilterSyntaxError);
		expect(() => parseFilter(input)).toThrow(message);
	});
});

describe('evaluateFilter', () => {
	const record = {
		email: 'a@x.com',
		count: 5,
		datetime: '2024-03-01T12:00:00+00:00',
		tags: ['red', 'blue'],
		location: { city: 'Boston' },
		'dotted.key': 'yes',
		subscriptions: { list_suppressions: [{ list_id: 'L1' }, { list_id: 'L2' }] },
		missing: null,
	};
	const matches = (filter: string) => evaluateFilter(parseFilter(filter), record);

	it('compares scalars, lists, dates and nested paths', () => {
		expect(matches('equals(email,"a@x.com")')).toBe(true);
		expect(matches('equals(email,["b@x.com","a@x.com"])')).toBe(true);
		expect(matches('any(email,["b@x.com"])')).toBe(false);
		expect(matches('greater-than(count,4)')).toBe(true);
		expect(matches('less-or-equal(count,4)')).toBe(false);
		expect(matches('greater-or-equal(datetime,2024-03-01T12:00:00Z)')).toBe(true);
		expect(matches('less-than(datetime,2024-03-01T12:00:00Z)')).toBe(false);
		expect(matches('equals(location.city,"Boston")')).toBe(true);
		expect(matches('equals(dotted.key,"yes")')).toBe(true);
		expect(matches('equals(subscriptions.list_suppressions.list_id,"L2")')).toBe(true);
		expect(matches('contains(tags,"red")')).toBe(true);
		expect(matches('contains-any(tags,["green","blue"])')).toBe(true);
		expect(matches('contains-all(tags,["red","green"])')).toBe(false);
		expect(matches('contains(email,"@x")')).toBe(true);
		expect(matches('starts-with(email,"a@")')).toBe(true);
		expect(matches('ends-with(email,".org")')).toBe(false);
		expect(matches('has(location)')).toBe(true);
		expect(matches('has(missing)')).toBe(false);
		expect(matches('equals(missing,null)')).toBe(true);
		expect(matches('greater-than(email,5)')).toBe(false);
	});

	it('combines with and/or/not', () => {
		expect(matches('and(equals(email,"a@x.com"),greater-than(count,1))')).toBe(true);
		expect(matches('and(equals(email,"a@x.com"),greater-than(count,10))')).toBe(false);
		expect(matches('or(equals(email,"nope"),equals(count,5))')).toBe(true);
		expect(matches('not(equals(email,"a@x.com"))')).toBe(false);
	});
});

describe('checkFilter against allowed fields', () => {
	const rules = {
		email: { operators: { list: ['any', 'equals'], single: ['equals'] }, value: { type: 'string' } },
		name: { operators: { list: ['any', 'equals'] }, value: { type: 'string' } },
		timestamp: { operators: { single: ['greater-than'] }, value: { type: 'number' } },
		datetime: { operators: { single: ['less-than'] }, value: { type: 'string', format: 'date-time' } },
		profile: { operators: { none: ['has'] } },
	};
	const problems = (filter: string) => checkFilter(parseFilter(filter), rules);

	it('accepts allowed combinations', () => {
		expect(problems('equals(email,"a@x.com")')).toEqual([]);
		expect(problems('any(email,["a","b"])')).toEqual([]);
		expect(problems('equals(name,"Newsletter")')).toEqual([]);
		expect(
			problems('and(greater-than(timestamp,5),less-than(datetime,2024-01-01T00:00:00Z),has(profile))'),
		).toEqual([]);
	});

	it('rejects unknown fields, operators and value types', () => {
		expect(problems('equals(phone,"1")')[0]).toMatch(/'phone' is not a filterable field/);
		expect(problems('contains(email,"a")')[0]).toMatch(/'contains' is not a valid operator for 'email'/);
		expect(problems('any(email,"a")')[0]).toMatch(/needs a list/);
		expect(problems('greater-than(timestamp,[1])')[0]).toMatch(/single value/);
		expect(problems('greater-than(timestamp,"1")')[0]).toMatch(/needs a number/);
		expect(problems('less-than(datetime,"soon")')[0]).toMatch(/needs a datetime/);
		expect(problems('equals(email,5)')[0]).toMatch(/quoted string/);
	});

	it('reads the allowed list from a parameter description when there is no extension', () => {
		const fallback = rulesFromDescription(
			'See docs<br>Allowed field(s)/operator(s):<br>`email`: `any`, `equals`<br>`created`: `greater-than`',
		)!;
		expect(checkFilter(parseFilter('any(email,["a"])'), fallback)).toEqual([]);
		expect(checkFilter(parseFilter('greater-than(created,2024-01-01T00:00:00Z)'), fallback)).toEqual([]);
		expect(checkFilter(parseFilter('less-than(created,2024-01-01T00:00:00Z)'), fallback)).toHaveLength(1);
	});
});
