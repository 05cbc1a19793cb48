// The unregistered numbers as the site reads them: Astro's collection, checked against the registered codes, through the model.
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkUnregistered } from './checks';
import { getCodes, type Code } from './codes';
import { throwFirst } from './content-error';
import { byNumber, toUnregistered, type UnregisteredFacts } from './model';
import { once } from './once';

export { vendorNames, type VendorUse } from './model';

/** An unregistered number as the pages use it: its page address, anchor, vendor uses and the codes to send instead. */
export type Unregistered = CollectionEntry<'unregistered'> & UnregisteredFacts<Code>;

/** Every unregistered number, validated against the registered codes (once per build) and sorted numerically. */
export const getUnregistered = once(async (): Promise<Unregistered[]> => {
	const [entries, codes] = await Promise.all([getCollection('unregistered'), getCodes()]);
	const registered = new Map(codes.map((c) => [c.id, c]));
	throwFirst(checkUnregistered(entries, registered));
	return byNumber(entries.map((entry) => toUnregistered(entry, registered)));
});
