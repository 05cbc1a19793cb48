import { getCollection } from 'astro:content';
import { getCodes, type Code } from './codes';
import { contentError } from './content-error';
import { once } from './once';
import {
	checkGuide,
	GUIDE_START,
	nodePath,
	pathTo,
	stepsInto,
	toGuideNode,
	type GuideAnswer,
	type GuideQuestion,
	type GuideStep,
} from './guide-tree';

/** The guide's file, as the build names it in errors. */
const GUIDE_FILE = 'content/guide.yaml';

/** The checked guide, with what the pages need to link its nodes and codes. */
export interface Guide {
	start: GuideQuestion;
	questions: GuideQuestion[];
	answers: GuideAnswer[];
	/** The step that leads into each node but the first. */
	into: Map<string, GuideStep>;
	/** Codes by number, for badges, phrases and links. */
	codes: Map<number, Code>;
}

/** The guide from content/guide.yaml; stops the build, naming the file and the node, when the tree is broken. */
export const getGuide = once(async (): Promise<Guide> => {
	const [entries, codeList] = await Promise.all([getCollection('guide'), getCodes()]);
	if (entries.length === 0) {
		throw contentError(
			GUIDE_FILE,
			GUIDE_START,
			'is missing: the file holds no questions (is it missing, empty, or not valid YAML? The build log above says which).',
			'Restore content/guide.yaml, or fix the YAML error the log names.',
		);
	}
	const nodes = entries.map((entry) => toGuideNode(entry.id, entry.data));
	const codes = new Map(codeList.map((c) => [c.data.code, c]));
	const [problem] = checkGuide(nodes, new Set(codes.keys()));
	if (problem) throw contentError(entries[0]?.filePath ?? GUIDE_FILE, `${problem.node}.${problem.field}`, problem.problem, problem.fix);
	const questions = nodes.filter((n): n is GuideQuestion => n.kind === 'question');
	const answers = nodes.filter((n): n is GuideAnswer => n.kind === 'answer');
	return { start: questions.find((q) => q.id === GUIDE_START)!, questions, answers, into: stepsInto(nodes), codes };
});

/** Where a code page's "In the guide" links go: each answer that names the code, with the question and choice that lead to it. */
export function answersFor(guide: Guide, code: number): { answer: GuideAnswer; step: GuideStep; href: string }[] {
	return guide.answers
		.filter((a) => a.code === code)
		.map((answer) => ({ answer, step: guide.into.get(answer.id)!, href: nodePath(answer, guide.into) }));
}

export { nodePath, pathTo };
