// The guide's tree as plain data: the checks the build runs on content/guide.yaml, and the walks the pages
// and tests share. No Astro imports, so Node's test runner can check it directly.
import type { GuideNodeData } from '../schemas/guide.ts';

/** The key of the guide's first question; its page is /guide/ itself. */
export const GUIDE_START = 'start';

/** A question and its choices, as the schema outputs it, with its key. */
export type GuideQuestion = Extract<GuideNodeData, { kind: 'question' }> & { id: string };

/** One way to answer a question: the words a user picks, and the key of the node it leads to. */
export type GuideChoice = GuideQuestion['choices'][number];

/** A code to send, why, and the code people reach for instead, as the schema outputs it, with its key. */
export type GuideAnswer = Extract<GuideNodeData, { kind: 'answer' }> & { id: string };

/** A node of the guide: a question or an answer. */
export type GuideNode = GuideQuestion | GuideAnswer;

/** A node of the file with its key. */
export function toGuideNode(id: string, data: GuideNodeData): GuideNode {
	return { ...data, id };
}

/** What is wrong with one node, in the words the build prints. */
export interface GuideProblem {
	node: string;
	field: string;
	problem: string;
	fix: string;
}

/** The step that leads to a node: the question asked and the choice taken. */
export interface GuideStep {
	question: GuideQuestion;
	choice: GuideChoice;
}

/** Every problem with the tree, one rule at a time: the first question, keys, codes, choices, cycles, shared nodes, reach. */
export function checkGuide(nodes: readonly GuideNode[], codes: ReadonlySet<number>): GuideProblem[] {
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const parents = parentsOf(nodes, byId);
	const start = checkStart(byId);
	return [
		...start,
		...checkKeys(nodes),
		...checkAnswerCodes(nodes, codes),
		...checkChoices(nodes, byId),
		...findCycles(nodes, byId),
		...checkSharedNodes(parents),
		// Without a first question every node would be reported unreachable: the missing start says it all.
		...(start.length > 0 && !byId.has(GUIDE_START) ? [] : checkReach(nodes, byId, parents)),
	];
}

/** The guide starts at a question keyed `start`. */
function checkStart(byId: ReadonlyMap<string, GuideNode>): GuideProblem[] {
	const start = byId.get(GUIDE_START);
	if (start?.kind === 'question') return [];
	return [
		{
			node: GUIDE_START,
			field: 'question',
			problem: start
				? 'is an answer, but the guide must start with a question.'
				: 'is missing: the guide starts at the question with the key `start`.',
			fix: 'Add a question with the key `start`.',
		},
	];
}

/** Every key is a deep-link slug. */
function checkKeys(nodes: readonly GuideNode[]): GuideProblem[] {
	return nodes
		.filter((node) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(node.id))
		.map((node) => ({
			node: node.id,
			field: 'key',
			problem: 'is not a deep-link slug.',
			fix: 'Use lower-case letters, digits and single hyphens, e.g. `moved-for-good`.',
		}));
}

/** Every code an answer names has a page, and the runner-up is another code. */
function checkAnswerCodes(nodes: readonly GuideNode[], codes: ReadonlySet<number>): GuideProblem[] {
	const problems: GuideProblem[] = [];
	const knownCode = (node: string, field: string, code: number) => {
		if (!codes.has(code))
			problems.push({
				node,
				field,
				problem: `names ${code}, and no file content/codes/${code}.mdx exists.`,
				fix: `Name a code that has a page, or add content/codes/${code}.mdx first.`,
			});
	};
	for (const node of nodes) {
		if (node.kind !== 'answer') continue;
		knownCode(node.id, 'code', node.code);
		knownCode(node.id, 'runnerUp.code', node.runnerUp.code);
		if (node.runnerUp.code === node.code)
			problems.push({
				node: node.id,
				field: 'runnerUp.code',
				problem: `is ${node.code}, the answer's own code.`,
				fix: 'Name the code people reach for instead.',
			});
		if (node.plone) knownCode(node.id, 'plone.code', node.plone.code);
	}
	return problems;
}

/** Every choice of a question has its own words and leads to a node that exists. */
function checkChoices(nodes: readonly GuideNode[], byId: ReadonlyMap<string, GuideNode>): GuideProblem[] {
	const problems: GuideProblem[] = [];
	for (const node of nodes) {
		if (node.kind !== 'question') continue;
		const labels = new Set<string>();
		node.choices.forEach((choice, i) => {
			if (labels.has(choice.label))
				problems.push({
					node: node.id,
					field: `choices[${i}].label`,
					problem: `"${choice.label}" is offered twice.`,
					fix: 'Give each choice of a question its own words.',
				});
			labels.add(choice.label);
			if (!byId.has(choice.next))
				problems.push({
					node: node.id,
					field: `choices[${i}].next`,
					problem: `leads to "${choice.next}", and no question or answer has that key.`,
					fix: `Add a node with the key \`${choice.next}\`, or point the choice at an existing one.`,
				});
		});
	}
	return problems;
}

/** The questions whose choices lead to each existing node. */
function parentsOf(nodes: readonly GuideNode[], byId: ReadonlyMap<string, GuideNode>): Map<string, string[]> {
	const parents = new Map<string, string[]>();
	for (const node of nodes) {
		if (node.kind !== 'question') continue;
		for (const choice of node.choices) if (byId.has(choice.next)) parents.set(choice.next, [...(parents.get(choice.next) ?? []), node.id]);
	}
	return parents;
}

/** Each node has one way in, so its deep link shows one path. */
function checkSharedNodes(parents: ReadonlyMap<string, string[]>): GuideProblem[] {
	return [...parents]
		.filter(([, from]) => from.length > 1)
		.map(([id, from]) => ({
			node: id,
			field: 'key',
			problem: `is led to from ${from.map((f) => `\`${f}\``).join(' and ')}; each node of the guide has one way in, so its deep link shows one path.`,
			fix: 'Copy the node under a new key for the second path, and point that choice at the copy.',
		}));
}

/** Every node can be reached from the first question. */
function checkReach(
	nodes: readonly GuideNode[],
	byId: ReadonlyMap<string, GuideNode>,
	parents: ReadonlyMap<string, string[]>,
): GuideProblem[] {
	const reached = reachable(byId);
	return nodes
		.filter((node) => !reached.has(node.id))
		.map((node) =>
			parents.has(node.id)
				? {
						node: node.id,
						field: 'key',
						problem: `cannot be reached from the first question \`${GUIDE_START}\`: only from nodes that cannot be reached either.`,
						fix: `Lead to \`${node.id}\` from a question the guide reaches.`,
					}
				: {
						node: node.id,
						field: 'key',
						problem: `cannot be reached from the first question \`${GUIDE_START}\`: no choice leads to it.`,
						fix: `Add a choice whose \`next\` is \`${node.id}\`, or delete the node.`,
					},
		);
}

/** Each cycle once, reported at the node whose choice closes it. */
function findCycles(nodes: readonly GuideNode[], byId: ReadonlyMap<string, GuideNode>): GuideProblem[] {
	const problems: GuideProblem[] = [];
	const done = new Set<string>();
	const visit = (node: GuideNode, path: string[]): void => {
		if (node.kind !== 'question' || done.has(node.id)) return;
		node.choices.forEach((choice, i) => {
			const next = byId.get(choice.next);
			if (!next) return;
			const at = path.indexOf(next.id);
			if (at >= 0 || next.id === node.id) {
				const loop = [...path.slice(at >= 0 ? at : path.length), node.id, next.id];
				problems.push({
					node: node.id,
					field: `choices[${i}].next`,
					problem: `leads back to "${next.id}", so the choices go round in a cycle: ${loop.join(' → ')}.`,
					fix: 'Point the choice at a node further down the tree, or at an answer.',
				});
				return;
			}
			visit(next, [...path, node.id]);
		});
		done.add(node.id);
	};
	for (const node of nodes) visit(node, []);
	return problems;
}

/** The keys of every node reachable from the first question. */
function reachable(byId: ReadonlyMap<string, GuideNode>): Set<string> {
	const seen = new Set<string>();
	const queue = [GUIDE_START];
	while (queue.length) {
		const id = queue.shift()!;
		const node = byId.get(id);
		if (!node || seen.has(id)) continue;
		seen.add(id);
		if (node.kind === 'question') queue.push(...node.choices.map((c) => c.next));
	}
	return seen;
}

/** The step leading into each node, by the node's key (a checked tree has one per node but the first). */
export function stepsInto(nodes: readonly GuideNode[]): Map<string, GuideStep> {
	const into = new Map<string, GuideStep>();
	for (const question of nodes) {
		if (question.kind === 'question') for (const choice of question.choices) into.set(choice.next, { question, choice });
	}
	return into;
}

/** The steps from the first question down to a node, in order (none for the first question). */
export function pathTo(id: string, into: ReadonlyMap<string, GuideStep>): GuideStep[] {
	const path: GuideStep[] = [];
	for (let step = into.get(id); step; step = into.get(step.question.id)) {
		path.unshift(step);
		if (path.length > into.size) break; // a cycle: a checked tree never gets here
	}
	return path;
}

/** The site path of a question's page, relative to the base: `guide/` for the first, `guide/<key>/` for the others. */
export function questionPath(id: string): string {
	return id === GUIDE_START ? 'guide/' : `guide/${id}/`;
}

/** The site path of a node: a question's page, or an answer's anchor on the page of the question that leads to it. */
export function nodePath(node: GuideNode, into: ReadonlyMap<string, GuideStep>): string {
	const step = into.get(node.id);
	return node.kind === 'question' || !step ? questionPath(node.id) : `${questionPath(step.question.id)}#${node.id}`;
}
