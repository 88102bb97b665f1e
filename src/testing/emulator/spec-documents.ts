/**
 * Klaviyo's whole stable spec as a module, so every runtime and bundler can load it without a
 * file system. Only spec.ts imports this, dynamically: the JSON is read when an emulator first
 * answers, not when the entry is imported.
 *
 * The package build (tsup.config.ts) replaces this module with one that carries the same
 * document gzipped (examples and schema descriptions left out: nothing here reads them) and
 * inflates it with DecompressionStream; `readDocument()` is the seam both versions share.
 */
import stable from '../../../spec/klaviyo/stable.json';

export const readDocument = async (): Promise<unknown> => stable;
