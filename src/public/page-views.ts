/**
 * Page views in a single-page storefront: `Viewed Page` and `Active on Site` (klaviyo.js's own
 * metric names) on load and on every History API navigation, once per navigation.
 */

import type { Client } from './client-state.js';
import { track } from './track.js';

export interface PageViewOptions {
	/** Properties added to each `Viewed Page` event (e.g. the page's template). */
	properties?: (location: Location) => Record<string, unknown>;
	/** Also record `Active on Site` once per page load. Default true. */
	activeOnSite?: boolean;
}

/**
 * Records `Viewed Page` now and on each navigation through `history.pushState`, `replaceState` or
 * `popstate` that changes the URL (a `replaceState` of the same URL, or several calls of one
 * navigation, count once), and `Active on Site` once. Returns the function that stops it.
 * Does nothing outside a page.
 */
export function trackPageViews(client: Client, options: PageViewOptions = {}): () => void {
	if (typeof document !== 'object') return () => {};
	let last: string | undefined;
	const view = () => {
		const url = location.href;
		if (url === last) return;
		last = url;
		track(client, {
			event: 'Viewed Page',
			properties: {
				url,
				path: location.pathname,
				title: document.title,
				referrer: document.referrer,
				...options.properties?.(location),
			},
		}).catch(() => {}); // reported through onError
	};
	// A navigation's state changes land in the same task: the view is recorded once they are done.
	let pending = false;
	const navigated = () => {
		if (pending) return;
		pending = true;
		queueMicrotask(() => {
			pending = false;
			if (active) view();
		});
	};
	let active = true;
	const { pushState, replaceState } = history;
	const push: History['pushState'] = function (this: History, ...args) {
		pushState.apply(this, args);
		navigated();
	};
	const replace: History['replaceState'] = function (this: History, ...args) {
		replaceState.apply(this, args);
		navigated();
	};
	history.pushState = push;
	history.replaceState = replace;
	addEventListener('popstate', navigated);
	if (options.activeOnSite !== false) {
		track(client, { event: 'Active on Site', properties: { url: location.href } }).catch(() => {});
	}
	view();
	return () => {
		if (!active) return;
		active = false;
		// Put back only what is still ours: another script (a router) may have wrapped ours since,
		// and then ours stays under it, inert.
		if (history.pushState === push) history.pushState = pushState;
		if (history.replaceState === replace) history.replaceState = replaceState;
		removeEventListener('popstate', navigated);
	};
}
