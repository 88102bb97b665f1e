/**
 * A client made with `consent: 'pending'` reaches nothing until the shopper consents: its records
 * live in memory (nothing is written to, or read from, the page's storage) and its `fetch` never
 * answers, so the queue keeps what it is given in memory, within its usual bounds, with at most
 * four requests "in flight" that never left. `grantConsent` (decide.ts) gives the client back its
 * own options and storage and sends everything afresh.
 */

/** The `fetch` of a client waiting for consent: nothing leaves, nothing answers. */
export const withheld: typeof fetch = () => new Promise(() => {});

/** The first layer of a client's options (they are layered with `Object.create`) that withholds its requests. */
export function withheldLayer(options: object): object | undefined {
	for (let layer = options; layer !== Object.prototype; layer = Object.getPrototypeOf(layer)) {
		if (Object.hasOwn(layer, 'fetch') && (layer as { fetch?: unknown }).fetch === withheld) return layer;
	}
}
