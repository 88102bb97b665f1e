/**
 * POST /api/image-upload: an image from a multipart form (`file`, `name`, `hidden`), stored
 * like one imported from a URL: its name (the file's, unless given), format and size.
 */
import type { Handler } from '../context.js';
import type { FormFile } from '../fetch-io.js';
import { createRecord, singleAnswer } from './generic.js';

export const uploadImageFromFile: Handler = (context) => {
	const { file, name, hidden } = context.body as { file: FormFile | string; name?: string; hidden?: boolean };
	const filename = typeof file === 'string' ? file : file.filename;
	const image = createRecord(context, 'image', {
		type: 'image',
		attributes: {
			name: name || filename,
			hidden: hidden ?? false,
			size: typeof file === 'string' ? file.length : file.size,
			format:
				/\.(\w+)$/.exec(filename)?.[1]?.toLowerCase() ??
				(typeof file === 'string' ? 'png' : file.contentType.split('/')[1]),
		},
	});
	return singleAnswer(context, image, 201);
};
