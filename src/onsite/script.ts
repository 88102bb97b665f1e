/**
 * The browser build of klaviyo-edge/onsite (dist/browser/klaviyo-edge-onsite.min.js): a classic
 * script that installs itself for the key in its own URL (`?company_id=`) or `data-company-id`.
 */
import { installOnsite } from './install.js';

installOnsite();
