import type { CACHE_STATES } from '../schemas/fields';

/** How caches treat a code: by default, only when its headers allow, or never. */
export type CacheState = (typeof CACHE_STATES)[number];

/** The value the search filter "Cacheable by default" uses for each state. */
export const CACHE_FILTER: Record<CacheState, string> = {
	heuristic: 'Yes',
	explicit: 'Only when its headers allow',
	never: 'Never stored',
};

/** What the state means for a cache, in one sentence for the facts block. */
export function cacheSentence(state: CacheState, interim: boolean): string {
	if (state === 'heuristic') return 'Yes: a cache may store and reuse it without explicit freshness information (heuristically cacheable).';
	if (state === 'explicit')
		return 'No: a cache stores it only when its headers allow, for example with `Cache-Control: max-age` or `Expires`.';
	return interim
		? 'Never stored: it is an interim response, and caches store only final ones.'
		: 'Never stored: the spec says caches MUST NOT store it.';
}
