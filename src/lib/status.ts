import type { CollectionEntry } from 'astro:content';

type Status = CollectionEntry<'codes'>['data']['status'];

/** What each registry status other than "permanent" tells a reader. */
export const STATUS_NOTES: Record<Exclude<Status, 'permanent'>, string> = {
	temporary: 'Temporary: provisionally registered for a draft specification; the registration lapses unless it is renewed.',
	unused: 'Unused: the number is reserved and no longer assigned a meaning; do not send it.',
	deprecated: 'Deprecated: still registered, but the specification advises against using it.',
	reserved: 'Reserved: set aside for future use; no current specification defines how to use it.',
	obsoleted: 'Obsoleted: its specification has been moved to Historic status.',
};

/** The note for a status, or undefined for "permanent". */
export function statusNote(status: Status): string | undefined {
	return status === 'permanent' ? undefined : STATUS_NOTES[status];
}
