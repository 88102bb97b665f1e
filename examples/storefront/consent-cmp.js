// Consent from any consent manager that calls back with the shopper's choice, e.g.
// `cmp.onChange((categories) => …)`. docs/storefront.md § Consent.
export function consentFromCmp(sdk, klaviyo, onChange, category = 'marketing') {
	onChange((categories) =>
		categories.includes(category) ? sdk.grantConsent(klaviyo) : sdk.denyConsent(klaviyo),
	);
}
