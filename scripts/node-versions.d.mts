/** Types of scripts/node-versions.mjs, for the bench. */

export interface NodeVersion {
	/** `node22`, … */
	name: string;
	/** `22.23.5`, … */
	version: string;
	/** The binary's path. */
	bin: string;
}

export function nodeVersions(): NodeVersion[];

/** Installs the pinned binaries unless they are there. Returns them, or why they cannot run here. */
export function ensureNodeVersions(): { versions?: NodeVersion[]; error?: string; unsupported?: boolean };
