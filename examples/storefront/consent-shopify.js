// Consent from Shopify's Customer Privacy API: Klaviyo is marketing, so the client waits for
// `marketingAllowed`. docs/storefront.md § Consent. `sdk` is klaviyo-edge/storefront.
export function consentFromShopify(sdk, klaviyo) {
	const decide = (allowed) => (allowed ? sdk.grantConsent(klaviyo) : sdk.denyConsent(klaviyo));
	document.addEventListener('visitorConsentCollected', (event) => decide(event.detail.marketingAllowed));
	window.Shopify.loadFeatures([{ name: 'consent-tracking-api', version: '0.1' }], (error) => {
		if (error) return;
		// '' while the shopper has not decided: the event above tells when they do.
		const { marketing } = window.Shopify.customerPrivacy.currentVisitorConsent();
		if (marketing) decide(marketing === 'yes');
	});
}
