// The guide as the tests and the bench see it: read from content/guide.yaml through the site's schema, so a new question or answer gets
// its tests (its path walked, its page gated) with no test edit.
import { readGuide } from '../src/lib/content-files.ts';
import {
	GUIDE_START,
	pathTo,
	questionPath,
	stepsInto,
	toGuideNode,
	type GuideAnswer,
	type GuideNode,
	type GuideQuestion,
	type GuideStep,
} from '../src/lib/guide-tree.ts';

/** The guide's file, relative to the project. */
export const GUIDE_FILE = 'content/guide.yaml';

/** Every node of the guide, in file order. */
export const guideNodes: GuideNode[] = readGuide().map(([id, data]) => toGuideNode(id, data));
/** Every question; its page is `questionPath(id)`. */
export const guideQuestions = guideNodes.filter((n): n is GuideQuestion => n.kind === 'question');
/** Every answer. */
export const guideAnswers = guideNodes.filter((n): n is GuideAnswer => n.kind === 'answer');

const into = stepsInto(guideNodes);

/** For each answer, the steps a user takes from the first question to reach it. */
export const guidePaths: { answer: GuideAnswer; steps: GuideStep[] }[] = guideAnswers.map((answer) => ({
	answer,
	steps: pathTo(answer.id, into),
}));

export { GUIDE_START, questionPath };
