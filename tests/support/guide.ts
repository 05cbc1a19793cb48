// The guide as the tests see it: read straight from content/guide.yaml, so a new question or answer gets
// its tests (its path walked, its page gated) with no test edit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import {
	GUIDE_START,
	pathTo,
	questionPath,
	stepsInto,
	toGuideNode,
	type GuideAnswer,
	type GuideNode,
	type GuideNodeData,
	type GuideQuestion,
	type GuideStep,
} from '../../src/lib/guide-tree.ts';

/** The guide's file, relative to the project. */
export const GUIDE_FILE = 'content/guide.yaml';

const raw = yaml.load(readFileSync(join(import.meta.dirname, '..', '..', GUIDE_FILE), 'utf8')) as Record<string, GuideNodeData>;

/** Every node of the guide, in file order. */
export const guideNodes: GuideNode[] = Object.entries(raw).map(([id, data]) => toGuideNode(id, data));
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
