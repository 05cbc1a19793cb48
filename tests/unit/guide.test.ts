// The guide's tree checks, run on small trees made to break one rule each, and on the real content/guide.yaml.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkGuide, pathTo, stepsInto, type GuideNode } from '../../src/lib/guide-tree.ts';
import { codes } from '../../catalog/content.ts';
import { GUIDE_START, guideNodes, guidePaths } from '../../catalog/guide.ts';

const CODES = new Set([200, 201, 202]);
const answer = (id: string, code: number): GuideNode => ({
	kind: 'answer',
	id,
	code,
	why: 'Why.',
	runnerUp: { code: code === 200 ? 201 : 200, why: 'Why not.' },
});
const question = (id: string, ...next: string[]): GuideNode => ({
	kind: 'question',
	id,
	question: `${id}?`,
	choices: next.map((n) => ({ label: `to ${n}`, next: n })),
});
/** A sound tree: start → ok | more → created | accepted. */
const sound = (): GuideNode[] => [
	question('start', 'ok', 'more'),
	answer('ok', 200),
	question('more', 'created', 'accepted'),
	answer('created', 201),
	answer('accepted', 202),
];

/** The one problem a broken tree has, as node, field and the start of the message. */
function only(nodes: GuideNode[]) {
	const problems = checkGuide(nodes, CODES);
	assert.equal(problems.length, 1, problems.map((p) => `${p.node}.${p.field} ${p.problem}`).join('\n'));
	return problems[0]!;
}

test('a sound tree has no problems', () => {
	assert.deepEqual(checkGuide(sound(), CODES), []);
});

test('an answer naming a code with no page is reported at the answer', () => {
	const p = only(sound().map((n) => (n.id === 'created' ? answer('created', 299) : n)));
	assert.deepEqual([p.node, p.field], ['created', 'code']);
	assert.match(p.problem, /names 299, and no file content\/codes\/299\.mdx exists/);
});

test('a runner-up with no page is reported too', () => {
	const p = only(sound().map((n) => (n.id === 'ok' ? { ...answer('ok', 200), runnerUp: { code: 499, why: 'x' } } : n)));
	assert.deepEqual([p.node, p.field], ['ok', 'runnerUp.code']);
});

test('a choice that leads nowhere is reported first, at its question and index', () => {
	// The answer the choice should have named is now unreachable too; the dangling choice is what to fix.
	const [first] = checkGuide(
		sound().map((n) => (n.id === 'more' ? question('more', 'created', 'acepted') : n)),
		CODES,
	);
	assert.deepEqual([first!.node, first!.field], ['more', 'choices[1].next']);
	assert.match(first!.problem, /leads to "acepted", and no question or answer has that key/);
});

test('a node no choice leads to is unreachable', () => {
	const p = only([...sound(), answer('orphan', 200)]);
	assert.deepEqual([p.node, p.field], ['orphan', 'key']);
	assert.match(p.problem, /cannot be reached from the first question `start`/);
});

test('a cycle is reported at the choice that closes it, with the loop', () => {
	const problems = checkGuide(
		[
			question('start', 'ok', 'a'),
			answer('ok', 200),
			question('a', 'b', 'ok2'),
			answer('ok2', 201),
			question('b', 'a', 'ok3'),
			answer('ok3', 202),
		],
		CODES,
	);
	const cycle = problems.find((p) => /cycle/.test(p.problem));
	assert.ok(cycle, 'a cycle is reported');
	assert.deepEqual([cycle.node, cycle.field], ['b', 'choices[0].next']);
	assert.match(cycle.problem, /a → b → a/);
});

test('a choice back to the first question is a cycle', () => {
	const problems = checkGuide(
		sound().map((n) => (n.id === 'more' ? question('more', 'created', 'start') : n)),
		CODES,
	);
	assert.ok(problems.some((p) => p.node === 'more' && /leads back to "start"/.test(p.problem)));
});

test('a node led to from two questions is reported: each node has one way in', () => {
	const problems = checkGuide(
		sound().map((n) => (n.id === 'more' ? question('more', 'created', 'accepted', 'ok') : n)),
		CODES,
	);
	assert.ok(problems.some((p) => p.node === 'ok' && /is led to from `start` and `more`/.test(p.problem)));
});

test('a missing first question and a repeated choice are reported', () => {
	assert.equal(only(sound().map((n) => (n.id === 'start' ? { ...n, id: 'begin' } : n))).node, 'start');
	const p = only(
		sound().map((n) => (n.id === 'more' && n.kind === 'question' ? { ...n, choices: n.choices.map((c) => ({ ...c, label: 'same' })) } : n)),
	);
	assert.deepEqual([p.node, p.field], ['more', 'choices[1].label']);
});

test('content/guide.yaml is a sound tree whose every node the first question reaches', () => {
	assert.deepEqual(checkGuide(guideNodes, new Set(codes.map((c) => c.code))), []);
	const onPaths = new Set(guidePaths.flatMap(({ answer, steps }) => [answer.id, ...steps.map((s) => s.question.id)]));
	assert.deepEqual([...onPaths].sort(), guideNodes.map((n) => n.id).sort());
	assert.equal(pathTo(GUIDE_START, stepsInto(guideNodes)).length, 0);
});

test('the guide answers with every code the issue asks it to cover', () => {
	const covered = new Set(guideNodes.flatMap((n) => (n.kind === 'answer' ? [n.code] : [])));
	const wanted = [
		200, 201, 202, 204, 206, 301, 302, 303, 307, 308, 304, 400, 401, 403, 404, 405, 406, 409, 410, 412, 413, 415, 422, 428, 429, 451, 500,
		501, 502, 503, 504,
	];
	assert.deepEqual(
		wanted.filter((c) => !covered.has(c)),
		[],
	);
});

/**
 * Registered codes that are not the outcome a server picks for a request, so the guide leads to none of them. Codes whose registration is
 * not permanent (104 temporary, 305 deprecated, 306 and 418 unused, 402 reserved, 510 obsoleted) are left out by their `status`.
 */
const NOT_A_SERVERS_CHOICE = new Map<number, string>([
	[
		100,
		'interim: sent before the final status, in answer to Expect: 100-continue; the guide asks what happened and answers with the final status',
	],
	[101, 'the answer to an Upgrade the client asked for; after it the connection speaks another protocol, not HTTP'],
	[102, 'interim: tells the client that a long WebDAV request is still being processed, before its final status'],
	[103, 'interim: hints at links before the final status; it is not the outcome of the request'],
	[208, 'used inside the body of a 207 Multi-Status response for one binding, never as the status of a response (RFC 5842 section 7.1)'],
]);

test('every registered code a server sends on purpose is an answer the first question reaches', () => {
	const reached = new Set(guidePaths.map(({ answer }) => answer.code));
	const chosen = codes.filter((c) => c.data.status === 'permanent' && !NOT_A_SERVERS_CHOICE.has(c.code)).map((c) => c.code);
	const unreachable = chosen.filter((c) => !reached.has(c));
	assert.deepEqual(
		unreachable,
		[],
		`no path of the guide leads to ${unreachable.join(', ')}: add a choice that does, or list the code with a why`,
	);
	for (const code of NOT_A_SERVERS_CHOICE.keys())
		assert.ok(
			codes.some((c) => c.code === code && c.data.status === 'permanent'),
			`${code} is listed as not a server's choice but is not a permanent registered code`,
		);
});
