/**
 * The file `ImagesApi.uploadImageFromFile` takes: a `Blob`/`File`, bytes (a Node `Buffer`), or a
 * stream of bytes such as `fs.createReadStream('./image.jpeg')` (klaviyo-api's `RequestFile`), read
 * here into a `File` named after its path and typed by its extension, as klaviyo-api's form sends it.
 */
import { encodeUtf8 } from '../core/utf8.js';

export type FileLike = Blob | Uint8Array | AsyncIterable<Uint8Array | string>;

export async function fileOf(file: FileLike): Promise<Blob | Uint8Array> {
	if (file instanceof Blob || file instanceof Uint8Array || !isStream(file)) return file as Blob;
	const chunks: Uint8Array[] = [];
	for await (const chunk of file) chunks.push(typeof chunk === 'string' ? encodeUtf8(chunk) : chunk);
	const path = (file as { path?: unknown }).path;
	const name = typeof path === 'string' ? (path.split(/[\\/]/).pop() ?? '') : '';
	const type = TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? '';
	return name ? new File(chunks as BlobPart[], name, { type }) : new Blob(chunks as BlobPart[]);
}

/** The image types Klaviyo takes, by extension. */
const TYPES: Record<string, string> = {
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	png: 'image/png',
	gif: 'image/gif',
};

const isStream = (value: unknown): value is AsyncIterable<Uint8Array | string> =>
	typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
