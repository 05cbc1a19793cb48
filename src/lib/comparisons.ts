// The comparison pages as the site reads them: Astro's collection, checked against the codes and the guide, through
// the model (src/lib/compare.ts).
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkComparisons } from './checks';
import { getCodes, type Code } from './codes';
import { throwFirst } from './content-error';
import { toComparison, type Comparison } from './compare';
import { getGuide } from './guide';
import { once } from './once';

/** A comparison as the pages use it. */
export type ComparisonPage = Comparison<CollectionEntry<'compare'>, Code>;

/** Every comparison, checked once per build, in the order of the codes each compares. */
export const getComparisons = once(async (): Promise<ComparisonPage[]> => {
	const [entries, codes, guide] = await Promise.all([getCollection('compare'), getCodes(), getGuide()]);
	throwFirst(checkComparisons(entries, new Set(codes.map((c) => c.id)), new Set(guide.questions.map((q) => q.id))));
	const byId = new Map(codes.map((c) => [c.id, c]));
	return entries.map((entry) => toComparison(entry, byId)).sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
});
