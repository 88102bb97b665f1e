// Consent from Google Consent Mode v2: granted once both `ad_user_data` and `analytics_storage`
// are, denied when an update denies either. docs/storefront.md § Consent.
export function consentFromGoogle(sdk, klaviyo) {
	window.dataLayer = window.dataLayer || [];
	const dataLayer = window.dataLayer;
	const state = {};
	const read = (entry) => {
		// gtag('consent', 'default' | 'update', {...}) pushes its `arguments`.
		if (entry?.[0] !== 'consent' || typeof entry[2] !== 'object') return;
		Object.assign(state, entry[2]);
		if (state.ad_user_data === 'granted' && state.analytics_storage === 'granted') sdk.grantConsent(klaviyo);
		else if (entry[1] === 'update') sdk.denyConsent(klaviyo);
	};
	for (const entry of dataLayer) read(entry);
	const push = dataLayer.push.bind(dataLayer);
	dataLayer.push = (...entries) => {
		for (const entry of entries) read(entry);
		return push(...entries);
	};
}
