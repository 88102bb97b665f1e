// The storefront's analytics, in one small module: everything goes through klaviyo-edge/public.

import config from '/config.js';
import { createClient, flush, identify, subscribe, track } from '/klaviyo-edge.js';

const relay = new URLSearchParams(location.search).has('relay');
export const klaviyo = createClient(config.publicKey, {
	...(relay ? { endpoint: '/k' } : { baseUrl: config.baseUrl }),
	onError: ({ reason, error }) => log(`✗ ${reason}: ${error.message}`),
});

const product = { ProductID: 'TEE-01', ProductName: 'Orbit T-shirt', Price: 29 };
const cart = JSON.parse(sessionStorage.getItem('cart') ?? '[]');

export function viewedProduct() {
	track(klaviyo, { event: 'Viewed Product', properties: { ...product, $value: product.Price } });
	log(`Viewed Product (${relay ? 'via the relay at /k' : 'straight to Klaviyo'})`);
}

export async function addToCart(size) {
	cart.push({ ...product, size });
	sessionStorage.setItem('cart', JSON.stringify(cart));
	renderCart();
	await track(klaviyo, { event: 'Added to Cart', properties: { ...product, size, $value: product.Price } });
	log(`Added to Cart: size ${size} ✓ accepted`);
}

export function checkout(email) {
	// Not awaited: a checkout never waits on analytics. The shopper is remembered at once, so the
	// order below is theirs; a failure for good reaches onError, anything else stays queued.
	identify(klaviyo, { email, properties: { $source: 'checkout' } }).catch(() => {});
	const total = cart.reduce((sum, item) => sum + item.Price, 0);
	const orderId = `order-${Date.now()}`;
	// $event_id makes the order idempotent: a retry (or a reload that replays it) is recorded once.
	track(klaviyo, { event: 'Placed Order', properties: { $value: total, $event_id: orderId, Items: cart } });
	sessionStorage.removeItem('cart');
	location.href = `thanks.html${location.search}`; // the order still arrives: keepalive / sendBeacon
}

export async function joinNewsletter(email) {
	await subscribe(klaviyo, { listId: config.listId, email, customSource: 'Footer form' });
	log(`Subscribed ${email} ✓`);
}

export function renderCart() {
	const count = document.querySelector('#cart-count');
	if (count) count.textContent = String(cart.length);
}

export async function showInbox() {
	await flush(klaviyo);
	const box = document.querySelector('#inbox');
	if (!box) return;
	const requests = await (await fetch(`${config.emulator}/__emulator/requests`)).json();
	box.replaceChildren(
		...requests
			.filter((r) => r.method !== 'OPTIONS')
			.slice(-8)
			.map((r) =>
				Object.assign(document.createElement('li'), { textContent: `${r.method} ${r.path} → ${r.status}` }),
			),
	);
}

function log(line) {
	const out = document.querySelector('#log');
	if (out) out.prepend(Object.assign(document.createElement('li'), { textContent: line }));
}
