import { getCollection, type CollectionEntry } from 'astro:content';
import { CLASS_IDS } from '../schemas/fields';
import { anchorFor } from './anchor';
import { classOf, codeTitle } from './code-names';
import { checkFileNameAndBody, contentError } from './content-error';

/** A status code entry as the pages use it. */
export type Code = CollectionEntry<'codes'> & { anchor: string; title: string };
/** A class entry with its codes, in numeric order. */
export type CodeClass = CollectionEntry<'classes'> & { anchor: string; codes: Code[] };

/** Stops the build when two files, a file name or a class disagree with a code. */
function checkCodes(entries: CollectionEntry<'codes'>[]): void {
	const byCode = new Map<number, CollectionEntry<'codes'>>();
	for (const entry of entries) {
		const { code } = entry.data;
		const twin = byCode.get(code);
		if (twin) {
			throw contentError(
				entry.filePath,
				'code',
				`is ${code}, and so is ${twin.filePath}'s.`,
				`Keep one file per code: delete or merge one of ${twin.filePath} and ${entry.filePath}.`,
			);
		}
		byCode.set(code, entry);
	}
	for (const entry of entries) {
		const { code } = entry.data;
		checkFileNameAndBody(entry, code, 'Write what the code means below the closing `---`.');
		const expected = classOf(code);
		if (entry.data.class !== expected) {
			throw contentError(
				entry.filePath,
				'class',
				`is "${entry.data.class}", but code ${code} belongs to ${expected}.`,
				`Set \`class: ${expected}\`.`,
			);
		}
		for (const ref of entry.data.related) {
			if (!byCode.has(Number(ref.id)) || ref.id !== String(Number(ref.id))) {
				throw contentError(
					entry.filePath,
					'related',
					`names "${ref.id}", and no file content/codes/${ref.id}.mdx exists.`,
					`Remove "${ref.id}" from \`related\`, or add that code's file first.`,
				);
			}
			if (ref.id === entry.id) {
				throw contentError(entry.filePath, 'related', `names the code itself.`, `Remove "${ref.id}" from \`related\`.`);
			}
		}
		for (const { code: ref } of entry.data.notWhen) {
			if (!byCode.has(Number(ref.id)) || ref.id !== String(Number(ref.id))) {
				throw contentError(
					entry.filePath,
					'notWhen',
					`names code "${ref.id}", and no file content/codes/${ref.id}.mdx exists.`,
					`Point \`notWhen\` at an existing code, or add that code's file first.`,
				);
			}
			if (ref.id === entry.id) {
				throw contentError(
					entry.filePath,
					'notWhen',
					`names the code itself.`,
					`A "not when" line names the other code that is right; remove "${ref.id}".`,
				);
			}
		}
	}
}

/** Every status code, validated across files and sorted numerically. */
export async function getCodes(): Promise<Code[]> {
	const entries = await getCollection('codes');
	checkCodes(entries);
	return entries
		.map((entry) => ({
			...entry,
			anchor: anchorFor(entry.data.code, entry.data.phrase),
			title: codeTitle(entry.data.code, entry.data.phrase),
		}))
		.sort((a, b) => a.data.code - b.data.code);
}

/** The classes that have codes, in numeric order, each with its codes. */
export async function getClasses(): Promise<CodeClass[]> {
	const [codes, classes] = await Promise.all([getCodes(), getCollection('classes')]);
	const byId = new Map(classes.map((c) => [c.data.class, c]));
	for (const entry of classes) {
		if (entry.id !== entry.data.class) {
			throw contentError(
				entry.filePath,
				'class',
				`is "${entry.data.class}", but the file is named "${entry.id}".`,
				`Name the file ${entry.data.class}.mdx.`,
			);
		}
	}
	return CLASS_IDS.flatMap((id) => {
		const members = codes.filter((c) => c.data.class === id);
		if (members.length === 0) return [];
		const entry = byId.get(id);
		if (!entry) {
			throw contentError(
				members[0]?.filePath,
				'class',
				`is "${id}", and content/classes/${id}.mdx does not exist.`,
				`Add content/classes/${id}.mdx with the class name and a one-sentence summary.`,
			);
		}
		return [{ ...entry, anchor: anchorFor(id, entry.data.phrase), codes: members }];
	});
}
