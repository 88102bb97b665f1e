/**
 * The bench's third figure, on its own so docs can be checked against it (test/docs/README.figures.test.ts):
 * a Worker using profiles + lists, bundled as wrangler would, minified and gzipped. Deterministic
 * for a given build (`npm run build` first: it bundles dist/, as users get it).
 */
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

/** A Worker bundled as wrangler would (esbuild, ESM, minified); Node builtins left to nodejs_compat. */
export async function workerBundle(contents: string, platform: 'neutral' | 'node', fromSource = false) {
	const result = await build({
		// From source, the bundle's inputs say which file each byte came from (dist has valibot inlined).
		alias: fromSource ? { 'klaviyo-edge/private': './src/private/index.ts' } : ({} as Record<string, string>),
		stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
		bundle: true,
		minify: true,
		format: 'esm',
		platform,
		conditions: ['workerd', 'worker'],
		write: false,
		metafile: true,
		logLevel: 'silent',
	});
	const code = result.outputFiles[0]!.contents;
	return {
		code: new TextDecoder().decode(code),
		min: code.length,
		gzip: gzipSync(code).length,
		inputs: inputsOf(result.metafile),
	};
}

/** Minified bytes per source file of the bundle. */
function inputsOf(metafile: Metafile): Record<string, number> {
	const [output] = Object.values(metafile.outputs);
	return Object.fromEntries(
		Object.entries(output!.inputs).map(([file, { bytesInOutput }]) => [file, bytesInOutput]),
	);
}

/** The official SDK's profiles + lists Worker (the one the bench measures), importing from `from`. */
export function klaviyoApiWorker(from: string): string {
	return `import { ApiKeySession, ListsApi, ProfilesApi } from '${from}';
export default { async fetch(request, env) {
	const session = new ApiKeySession(env.KLAVIYO_PRIVATE_KEY);
	const profiles = new ProfilesApi(session);
	const lists = new ListsApi(session);
	const { body: profile } = await profiles.getProfile(new URL(request.url).searchParams.get('id'));
	await lists.addProfilesToList(env.LIST_ID, { data: [{ type: 'profile', id: profile.data.id }] });
	return Response.json((await lists.getLists()).body);
} };`;
}

export const WORKERS = {
	edge: `import { PrivateClient } from 'klaviyo-edge/private';
export default { async fetch(request, env) {
	const klaviyo = new PrivateClient(env.KLAVIYO_PRIVATE_KEY);
	const profile = await klaviyo.profiles.getProfile(new URL(request.url).searchParams.get('id'));
	await klaviyo.lists.addMembersToList({ listId: env.LIST_ID, profiles: [{ email: profile.data.attributes.email }] });
	return Response.json(await klaviyo.lists.getLists());
} };`,
	official: klaviyoApiWorker('klaviyo-api'),
	/** klaviyo-api's Worker above with only its import changed: klaviyo-edge/klaviyo-api. */
	compat: klaviyoApiWorker('klaviyo-edge/klaviyo-api'),
	/** One resource on its own connection: the bundle should hold lists and nothing of the others. */
	oneResource: `import { connect, Lists } from 'klaviyo-edge/private';
export default { async fetch(request, env) {
	return Response.json(await new Lists(connect(env.KLAVIYO_PRIVATE_KEY)).getLists());
} };`,
	/** Every class of klaviyo-edge/api, each constructed and called. */
	apiWhole: `import * as api from 'klaviyo-edge/api';
export default { async fetch(request, env) {
	const connection = api.connect(env.KLAVIYO_PRIVATE_KEY);
	const classes = Object.entries(api).filter(([name]) => name.endsWith('Api'));
	return Response.json(classes.map(([name, Api]) => [name, Object.keys(new Api(connection))]));
} };`,
	/** Every class of klaviyo-api, each constructed, on one session. */
	officialWhole: `import * as official from 'klaviyo-api';
export default { async fetch(request, env) {
	const session = new official.ApiKeySession(env.KLAVIYO_PRIVATE_KEY);
	const classes = Object.entries(official).filter(([name]) => /^[A-Z]\\w*Api$/.test(name));
	return Response.json(classes.map(([name, Api]) => [name, Object.keys(new Api(session))]));
} };`,
};

/** The sizes the docs quote: klaviyo-edge's and klaviyo-api's profiles + lists Worker, and lists alone. */
export async function workerSizes() {
	const [edge, official, oneResource] = await Promise.all([
		workerBundle(WORKERS.edge, 'neutral'),
		workerBundle(WORKERS.official, 'node'),
		workerBundle(WORKERS.oneResource, 'neutral'),
	]);
	return { edge, official, oneResource };
}
