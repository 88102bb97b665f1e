/**
 * `klaviyo-edge/onsite`: Klaviyo's onsite object (`window.klaviyo`, `window._learnq`) for tracking,
 * on klaviyo-edge's public client: same queue, relay option and guarantees. A page written for
 * klaviyo.js runs unchanged. As a file, `<script async src="…/klaviyo-edge-onsite.min.js?company_id=ABC123">`
 * (the browser build installs itself); as a module, call `installOnsite()`. docs/storefront.md.
 */
export { installOnsite, type KlaviyoOnsite, type Onsite, type OnsiteOptions } from './install.js';
