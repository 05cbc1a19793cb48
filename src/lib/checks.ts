// The checks across content files that no schema can make alone: duplicates, file names, classes, references.
// Pure functions of entries that return problems in the build's words; the site throws the first
// (src/lib/content-error.ts), and the unit tests call them with no build.
import { CLASS_IDS } from '../schemas/fields.ts';
import { classOf } from './code-names.ts';
import type { CodeData, UnregisteredData } from './model.ts';
import { vendorAnchor } from './model.ts';

/** What is wrong in one file, in the words the build prints: `file: \`field\` problem`, then the fix. */
export interface ContentProblem {
	file: string | undefined;
	field: string;
	problem: string;
	fix: string;
}

/** A content entry as both Astro's collections and Node's reader give it. */
export interface Entry<D> {
	/** The file name without its extension, e.g. `404`. */
	id: string;
	filePath?: string | undefined;
	body?: string | undefined;
	data: D;
}

/** The message of a problem, one line: `content/codes/404.mdx: \`class\` is "5xx", …`. */
export function formatProblem({ file, field, problem }: ContentProblem): string {
	return `${file ?? '(unknown file)'}: \`${field}\` ${problem}`;
}

/** A problem for each entry whose number another entry already claimed; `fix` words the way out for both files. */
export function checkUnique<D extends { code: number }>(
	entries: readonly Entry<D>[],
	fix: (kept: string, dropped: string) => string,
): ContentProblem[] {
	const seen = new Map<number, Entry<D>>();
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		const { code } = entry.data;
		const twin = seen.get(code);
		if (twin) {
			problems.push({
				file: entry.filePath,
				field: 'code',
				problem: `is ${code}, and so is ${twin.filePath}'s.`,
				fix: fix(twin.filePath ?? twin.id, entry.filePath ?? entry.id),
			});
		} else seen.set(code, entry);
	}
	return problems;
}

/** A problem when a file's name is not its `code`, or when it has no description below its frontmatter. */
export function checkFileNameAndBody(entry: Entry<{ code: number }>, writeHint: string): ContentProblem[] {
	const { code } = entry.data;
	if (entry.id !== String(code)) {
		return [
			{
				file: entry.filePath,
				field: 'code',
				problem: `is ${code}, but the file is named "${entry.id}".`,
				fix: `Name the file ${code}.mdx, or set \`code\` to the number in its name.`,
			},
		];
	}
	if (!entry.body?.trim())
		return [
			{ file: entry.filePath, field: 'description', problem: 'is empty: the file has no text below its frontmatter.', fix: writeHint },
		];
	return [];
}

/** True when `id` names an existing code exactly as its file does ("404", not "0404"). */
const names = (codes: ReadonlySet<number>, id: string) => codes.has(Number(id)) && id === String(Number(id));

/** Every problem across content/codes: two files for one code, a file name or class that disagrees, a reference to no code. */
export function checkCodes(entries: readonly Entry<CodeData>[]): ContentProblem[] {
	const problems = checkUnique(entries, (kept, dropped) => `Keep one file per code: delete or merge one of ${kept} and ${dropped}.`);
	const numbers = new Set(entries.map((e) => e.data.code));
	for (const entry of entries) {
		const { code } = entry.data;
		const file = entry.filePath;
		problems.push(...checkFileNameAndBody(entry, 'Write what the code means below the closing `---`.'));
		const expected = classOf(code);
		if (entry.data.class !== expected) {
			problems.push({
				file,
				field: 'class',
				problem: `is "${entry.data.class}", but code ${code} belongs to ${expected}.`,
				fix: `Set \`class: ${expected}\`.`,
			});
		}
		for (const ref of entry.data.related) {
			if (!names(numbers, ref.id)) {
				problems.push({
					file,
					field: 'related',
					problem: `names "${ref.id}", and no file content/codes/${ref.id}.mdx exists.`,
					fix: `Remove "${ref.id}" from \`related\`, or add that code's file first.`,
				});
			} else if (ref.id === entry.id) {
				problems.push({ file, field: 'related', problem: `names the code itself.`, fix: `Remove "${ref.id}" from \`related\`.` });
			}
		}
		for (const { code: ref } of entry.data.notWhen) {
			if (!names(numbers, ref.id)) {
				problems.push({
					file,
					field: 'notWhen',
					problem: `names code "${ref.id}", and no file content/codes/${ref.id}.mdx exists.`,
					fix: `Point \`notWhen\` at an existing code, or add that code's file first.`,
				});
			} else if (ref.id === entry.id) {
				problems.push({
					file,
					field: 'notWhen',
					problem: `names the code itself.`,
					fix: `A "not when" line names the other code that is right; remove "${ref.id}".`,
				});
			}
		}
	}
	return problems;
}

/** Every problem with content/classes: a file named for another class, or a class with codes and no file. */
export function checkClasses(
	classes: readonly Entry<{ class: string }>[],
	codes: readonly { filePath?: string | undefined; data: { class: string } }[],
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const entry of classes) {
		if (entry.id !== entry.data.class) {
			problems.push({
				file: entry.filePath,
				field: 'class',
				problem: `is "${entry.data.class}", but the file is named "${entry.id}".`,
				fix: `Name the file ${entry.data.class}.mdx.`,
			});
		}
	}
	const present = new Set(classes.map((c) => c.data.class));
	for (const id of CLASS_IDS) {
		const first = codes.find((c) => c.data.class === id);
		if (first && !present.has(id)) {
			problems.push({
				file: first.filePath,
				field: 'class',
				problem: `is "${id}", and content/classes/${id}.mdx does not exist.`,
				fix: `Add content/classes/${id}.mdx with the class name and a one-sentence summary.`,
			});
		}
	}
	return problems;
}

/** Every problem with content/unregistered: a clash with its name, another file, the registry, or the codes it names. */
export function checkUnregistered(
	entries: readonly Entry<UnregisteredData>[],
	registered: ReadonlyMap<string, { filePath?: string | undefined; data: { phrase: string } }>,
): ContentProblem[] {
	const problems = checkUnique(
		entries,
		(kept, dropped) => `Keep one file per number, with one entry per vendor in \`uses\`: merge ${dropped} into ${kept}.`,
	);
	for (const entry of entries) {
		const { code, alsoRegistered, uses, instead } = entry.data;
		const file = entry.filePath;
		problems.push(...checkFileNameAndBody(entry, 'Write what the number is and who uses it below the closing `---`.'));
		const same = registered.get(String(code));
		if (same && !alsoRegistered) {
			problems.push({
				file,
				field: 'code',
				problem: `is ${code}, which is a registered code (${same.filePath}, ${code} ${same.data.phrase}).`,
				fix: `Registered codes belong in content/codes/. Keep this file only for a vendor's other use of the number, and then say so with \`alsoRegistered: true\`.`,
			});
		}
		if (!same && alsoRegistered) {
			problems.push({
				file,
				field: 'alsoRegistered',
				problem: `is true, but ${code} is not a registered code.`,
				fix: 'Remove `alsoRegistered`.',
			});
		}
		const anchors = new Map<string, string>();
		for (const use of uses) {
			const anchor = vendorAnchor(code, use.vendor);
			const other = anchors.get(anchor);
			if (other !== undefined) {
				problems.push({
					file,
					field: 'uses',
					problem: `names the vendor "${use.vendor}" twice (as "${other}" too): both would have the anchor #${anchor}.`,
					fix: 'Keep one entry per vendor; put a second product of the same vendor in `product`, or name the vendors apart.',
				});
			}
			anchors.set(anchor, use.vendor);
		}
		for (const { code: ref } of instead) {
			if (!registered.has(ref.id)) {
				problems.push({
					file,
					field: 'instead',
					problem: `names "${ref.id}", and no file content/codes/${ref.id}.mdx exists.`,
					fix: `Name a registered code that has a page, e.g. code: "502".`,
				});
			}
		}
	}
	return problems;
}

/**
 * A problem for each registered code with no row in the framework-constants table. The table lists every code any of
 * the eleven defines, so a missing registered code means the copy is older than the content: "no constant" would be a guess.
 */
export function checkConstantRows(codes: readonly number[], rows: ReadonlySet<number>, tableFile: string): ContentProblem[] {
	return codes
		.filter((code) => !rows.has(code))
		.map((code) => ({
			file: tableFile,
			field: `code ${code}`,
			problem: `has no row, though content/codes/${code}.mdx is a registered code.`,
			fix: 'Copy the newest framework-constants.tsv into data/ (see data/README.md); it has a row for every registered code.',
		}));
}

/**
 * Every problem with content/compare: a code with no page, a code named twice, an example for a code the page does
 * not compare or a compared code without one, and a guide key that is no question.
 */
export function checkComparisons(
	entries: readonly Entry<{ codes: readonly { id: string }[]; examples: readonly { code: { id: string } }[]; guide: string }>[],
	codeIds: ReadonlySet<string>,
	guideQuestions: ReadonlySet<string>,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const { filePath: file, data } of entries) {
		const ids = data.codes.map((ref) => ref.id);
		for (const id of ids) {
			if (!codeIds.has(id))
				problems.push({
					file,
					field: 'codes',
					problem: `names "${id}", and no file content/codes/${id}.mdx exists.`,
					fix: 'Compare registered codes that have a page, e.g. codes: ["401", "403"].',
				});
		}
		const twice = ids.find((id, i) => ids.indexOf(id) !== i);
		if (twice) problems.push({ file, field: 'codes', problem: `names "${twice}" twice.`, fix: `Name each code once.` });
		const shown = data.examples.map((e) => e.code.id);
		for (const id of shown.filter((id) => !ids.includes(id)))
			problems.push({
				file,
				field: 'examples',
				problem: `has an example for "${id}", which \`codes\` does not list.`,
				fix: `Add "${id}" to \`codes\`, or remove its example.`,
			});
		for (const id of ids.filter((id) => shown.filter((s) => s === id).length !== 1))
			problems.push({
				file,
				field: 'examples',
				problem: `must have exactly one example for "${id}".`,
				fix: `Give each compared code one exchange in the same scenario, so the reader sees them side by side.`,
			});
		if (!guideQuestions.has(data.guide))
			problems.push({
				file,
				field: 'guide',
				problem: `is "${data.guide}", which is not a question of the guide (content/guide.yaml).`,
				fix: 'Name the key of the guide question that settles the same choice, e.g. guide: credentials.',
			});
	}
	return problems;
}
