import type { CollectionEntry } from 'astro:content';

/** True when plone.restapi lists or returns the code. */
export function usedByPlone(plone: CollectionEntry<'codes'>['data']['plone']): boolean {
	return plone.glossary !== false || plone.returns.length > 0;
}
