/** A cookie of the page (klaviyo.js's own), when there is a page. */
export const cookie = (name: string) => globalThis.document?.cookie.match(`(?:^|; *)${name}=([^;]+)`)?.[1];
