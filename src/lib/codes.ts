// The registered codes and their classes as the site reads them: Astro's collections, checked, through the model.
import { getCollection, type CollectionEntry } from 'astro:content';
import { CLASS_IDS } from '../schemas/fields';
import { checkClasses, checkCodes } from './checks';
import { throwFirst } from './content-error';
import { byNumber, toClass, toCode, type CodeFacts } from './model';
import { once } from './once';

/** A status code entry as the pages use it. */
export type Code = CollectionEntry<'codes'> & CodeFacts;
/** A class entry with its codes, in numeric order. */
export type CodeClass = CollectionEntry<'classes'> & { anchor: string; label: string; codes: Code[] };

/** Every status code, validated across files (once per build) and sorted numerically. */
export const getCodes = once(async (): Promise<Code[]> => {
	const entries = await getCollection('codes');
	throwFirst(checkCodes(entries));
	return byNumber(entries.map(toCode));
});

/** The classes that have codes, in numeric order, each with its codes. */
export const getClasses = once(async (): Promise<CodeClass[]> => {
	const [list, entries] = await Promise.all([getCodes(), getCollection('classes')]);
	throwFirst(checkClasses(entries, list));
	const byId = new Map(entries.map((c) => [c.data.class, c]));
	return CLASS_IDS.flatMap((id) => {
		const entry = byId.get(id);
		const codeClass = entry && toClass(entry, list);
		return codeClass && codeClass.codes.length > 0 ? [codeClass] : [];
	});
});
