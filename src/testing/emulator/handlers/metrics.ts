/**
 * Metrics: the list (fixed 200 per page, no `page[size]` in this revision) and one metric.
 * Metrics are created implicitly by events (see handlers/events.ts).
 */
import { type Handler, sparseFields } from '../context.js';
import { notFound } from '../errors.js';
import { evaluateFilter } from '../filter.js';
import { paginate } from '../paging.js';
import { metricResource, singleDocument } from '../resources.js';

/** "Returns a maximum of 200 results per page." */
const METRICS_PER_PAGE = 200;

/** GET /api/metrics — filter on integration.name / integration.category. */
export const getMetrics: Handler = (context) => {
	let metrics = [...context.store.metrics.values()];
	const filter = context.filter;
	if (filter) metrics = metrics.filter((metric) => evaluateFilter(filter, metric));
	const { items, links } = paginate(context, metrics, METRICS_PER_PAGE);
	const fields = sparseFields(context, 'metric');
	return {
		status: 200,
		body: { data: items.map((metric) => metricResource(context.baseUrl, metric, fields)), links },
	};
};

/** GET /api/metrics/{id} */
export const getMetric: Handler = (context) => {
	const metric = context.store.metrics.get(context.params.id!);
	if (!metric) throw notFound(`A metric with id '${context.params.id}' does not exist.`);
	const resource = metricResource(context.baseUrl, metric, sparseFields(context, 'metric'));
	return { status: 200, body: singleDocument(resource, resource.links!.self) };
};
