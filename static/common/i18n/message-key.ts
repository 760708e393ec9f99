/**
 * Every message key, derived from the source locale's file (locales/en-US.json), so a key the code
 * names but the file lacks fails the type-check. A type-only import: the file is not bundled.
 */
import type SourceMessages from '../../../locales/en-US.json';

type Leaves<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}` }[keyof T & string];

export type MessageKey = Leaves<typeof SourceMessages>;

/** The locale the messages are written in, and the one every other locale falls back to (manifest.yml's `translations.fallback.default`). */
export const SOURCE_LOCALE = 'en-US';
