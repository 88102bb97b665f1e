/**
 * The vendored Klaviyo OpenAPI documents as modules, so every runtime and bundler can load
 * them without a file system. Only spec.ts imports this, dynamically: the ~650 KB of JSON is
 * read when an emulator first answers, not when the entry is imported.
 *
 * The package build (tsup.config.ts) replaces this module with one that carries the same
 * documents gzipped and inflates them with DecompressionStream (~2.4 MB of dist becomes
 * ~0.2 MB); `readDocuments()` is the seam both versions share.
 */
import client from '../../../spec/klaviyo/client.json';
import dataPrivacy from '../../../spec/klaviyo/data_privacy.json';
import events from '../../../spec/klaviyo/events.json';
import lists from '../../../spec/klaviyo/lists.json';
import metrics from '../../../spec/klaviyo/metrics.json';
import profiles from '../../../spec/klaviyo/profiles.json';
import segments from '../../../spec/klaviyo/segments.json';

export const readDocuments = async (): Promise<Record<string, unknown>> => ({
	client,
	data_privacy: dataPrivacy,
	events,
	lists,
	metrics,
	profiles,
	segments,
});
