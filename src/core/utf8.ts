/** The UTF-8 bytes of a string (none for `undefined`): what limits in bytes count. */
export const encodeUtf8 = (text?: string): Uint8Array => new TextEncoder().encode(text);
