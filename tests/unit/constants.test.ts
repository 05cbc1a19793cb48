// The framework-constants copy in data/: held to the content, to this Node's own http.STATUS_CODES, and to the
// rules of its .md; and the loader that reads it for the pages, checked on bad rows and on unregistered codes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { codes } from '../../catalog/content.ts';
import { columnRows, constantRows, versionRows } from '../../catalog/constants.ts';
import { ECOSYSTEMS, ZOPE_KEEPS_CODE } from '../../src/lib/ecosystems.ts';
import { constantsByCode, parseConstants } from '../../src/lib/framework-constants.ts';
import { codeLines, plainText } from '../../src/lib/in-your-code.ts';

const DATA = join(import.meta.dirname, '..', '..', 'data');

describe('every registered code has a row in the data copy, under the same phrase', () => {
	for (const code of codes) {
		test(`${code.code} ${code.phrase}`, () => {
			const row = constantRows.get(code.code);
			assert.ok(row, `data/framework-constants.tsv has no row for ${code.code}`);
			assert.equal(row.registered, 'yes');
			assert.equal(row.iana_reason, code.phrase);
		});
	}
});

describe("the Node column is what this Node's http.STATUS_CODES says", () => {
	// The real runtime, not the copy: the project's own Node, at test time.
	const known = new Set([...constantRows.keys(), ...Object.keys(STATUS_CODES).map(Number)]);
	for (const code of [...known].sort((a, b) => a - b)) {
		test(String(code), () => assert.equal(constantRows.get(code)?.node || undefined, STATUS_CODES[code]));
	}
});

test("the Zope rule names the classes data/framework-constants.md lists, and they exist in the data's Zope column", () => {
	const md = readFileSync(join(DATA, 'framework-constants.md'), 'utf8').replace(/\s+/g, ' ');
	const listed = /only (`\w+`(?:, `\w+`)*,? and `\w+`) keep their own code/.exec(md)?.[1] ?? '';
	assert.deepEqual(
		[...listed.matchAll(/`(\w+)`/g)].map((m) => m[1]),
		[...ZOPE_KEEPS_CODE],
	);
	const zope = new Set([...constantRows.values()].map((row) => row.zope!.replace('zExceptions.', '')));
	for (const name of ZOPE_KEEPS_CODE) assert.ok(zope.has(name), name);
});

describe('a malformed data row stops the build, naming the file, the line and the column', () => {
	const header = `code\tregistered\tiana_reason\t${ECOSYSTEMS.map((e) => e.id).join('\t')}\tnotes\n`;
	const row = (overrides: Record<string, string>) =>
		['418', 'yes', '(Unused)', ...ECOSYSTEMS.map((e) => overrides[e.id] ?? ''), overrides.notes ?? ''].join('\t');
	const cases: [string, string, RegExp][] = [
		[
			'a name in another ecosystem’s spelling',
			row({ go: 'HTTPStatus.IM_A_TEAPOT' }),
			/data\/framework-constants\.tsv: `line 2, column go` is "HTTPStatus\.IM_A_TEAPOT"/,
		],
		[
			'a note of unknown form',
			row({ notes: 'python: renamed at some point' }),
			/`line 2, column notes` has "python: renamed at some point"/,
		],
		[
			'a missing cell',
			row({}).split('\t').slice(1).join('\t'),
			new RegExp(`\`line 2\` has ${ECOSYSTEMS.length + 3} tab-separated cells instead of ${ECOSYSTEMS.length + 4}`),
		],
		['a repeated code', `${row({})}\n${row({})}`, /`line 3, column code` repeats 418/],
	];
	for (const [what, lines, message] of cases) test(what, () => assert.throws(() => parseConstants(header + lines), message));
	test('the real copy parses', () =>
		assert.equal(parseConstants(readFileSync(join(DATA, 'framework-constants.tsv'), 'utf8')).size, constantRows.size));
});

describe('the table works for codes the registry lacks, for their pages', () => {
	const rows = parseConstants(readFileSync(join(DATA, 'framework-constants.tsv'), 'utf8'));
	test('509, which only Spring, Node and Rack name, shows those names and what is wrong with them', () => {
		const lines = codeLines(509, rows.get(509));
		const line = (id: string) => lines.find((l) => l.ecosystem.id === id)!;
		assert.equal(line('java_spring').expression, 'HttpStatus.BANDWIDTH_LIMIT_EXCEEDED');
		assert.ok(line('java_spring').notes.map(plainText).includes('Deprecated since Spring 7.0.'));
		assert.match(line('ruby_rack').notes.map(plainText).join(' '), /^Obsolete/);
		assert.deepEqual(line('node').notes.map(plainText), ['http.STATUS_CODES[509] is “Bandwidth Limit Exceeded”.']);
		assert.equal(line('python').expression, undefined);
	});
	test('a code no framework names, such as 444, has no constant anywhere', () => {
		assert.equal(rows.has(444), false);
		assert.deepEqual(
			codeLines(444, undefined).filter((l) => l.expression),
			[],
		);
	});
});

// The version files are read plainly here, so the pages are held to what the release tags say, not to the loader.
const line = (version: string) => version.split('.').slice(0, 2).join('.');
const newer = (a: string, b: string) => {
	const [pa, pb] = [a, b].map((v) => v.split('.').map(Number));
	const i = pa!.findIndex((n, j) => n !== (pb![j] ?? 0));
	return i >= 0 && pa![i]! > (pb![i] ?? 0);
};
const derived = ECOSYSTEMS.filter((e) => columnRows.get(e.id)?.first_versions !== 'none');
const shown = (code: number, id: string) =>
	codeLines(code, constantsByCode().get(code))
		.find((l) => l.ecosystem.id === id)!
		.notes.map(plainText)
		.join(' ');

describe('every column is labelled with a released version that its names were read from', () => {
	for (const ecosystem of ECOSYSTEMS) {
		test(ecosystem.label, () => {
			const column = columnRows.get(ecosystem.id);
			assert.ok(column, `data/framework-constants.columns.tsv has no row for ${ecosystem.id}`);
			assert.doesNotMatch(`${column.version} ${column.read_from}`, /SNAPSHOT|-M\d|\bmain\b|master|beta|rc\d|alpha/i);
			if (column.first_versions !== 'tags') return;
			assert.equal(column.version, line(/(\d+(?:\.\d+)+)/.exec(column.read_from ?? '')![1]!));
			// Every name in the column is in that release: the newest release tag that has it is the column's tag.
			for (const row of constantRows.values()) {
				const name = row[ecosystem.id];
				if (!name) continue;
				const version = versionRows.find((v) => v.ecosystem === ecosystem.id && v.name === name);
				assert.equal(version?.last_tag, column.read_from, `${row.code} ${name}`);
			}
		});
	}
});

describe("a name newer than its column's baseline says since when, and what to use before", () => {
	for (const ecosystem of derived) {
		const column = columnRows.get(ecosystem.id)!;
		test(`${ecosystem.label} (baseline ${column.baseline})`, () => {
			for (const row of constantRows.values()) {
				const code = Number(row.code);
				const name = row[ecosystem.id];
				const version = versionRows.find((v) => v.ecosystem === ecosystem.id && v.name === name);
				const notes = shown(code, ecosystem.id);
				if (name && version?.first_release && newer(line(version.first_release), column.baseline!)) {
					const release = `${'product' in ecosystem ? ecosystem.product : ecosystem.label} ${line(version.first_release)}`;
					assert.match(notes, new RegExp(`^(?:.*\\. )?Since ${release.replace(/\./g, '\\.')}\\.`), `${code} ${name}`);
					// An older name the baseline has and the column's release still has, if any, is what to use before.
					const older = versionRows.filter(
						(v) =>
							v.ecosystem === ecosystem.id &&
							Number(v.code) === code &&
							v.first_release &&
							v.name !== name &&
							v.last_tag === column.read_from &&
							!newer(line(v.first_release), column.baseline!),
					);
					if (older.length)
						assert.match(notes, new RegExp(`Before ${line(version.first_release).replace('.', '\\.')}, use `), `${code} ${name}`);
				} else {
					assert.doesNotMatch(notes, /^Since |\. Since /, `${code} ${name || '(no name)'}`);
				}
				for (const v of versionRows.filter((v) => v.ecosystem === ecosystem.id && Number(v.code) === code && !v.first_release))
					assert.ok(
						notes.includes(`${v.name} is only in the `) && notes.includes(`no released ${ecosystem.label} has it`),
						`${code} ${v.name}`,
					);
			}
		});
	}
	test('a "before" note names only names the column\'s own release still has', () => {
		for (const row of constantsByCode().values())
			for (const note of row.notes)
				if (note.kind === 'since')
					for (const name of note.instead) {
						const record: Record<string, string> | undefined = versionRows.find((v) => v.ecosystem === note.ecosystem && v.name === name);
						// Pull-request records list only newer names: an unlisted name is in every release shown.
						if (record) assert.equal(record.last_tag, columnRows.get(note.ecosystem)!.read_from, `${row.code} ${name}`);
					}
	});
	test("Rack 3.1 symbols and the 6.2-milestone Servlet constants, the audit's cases, read as the tags say", () => {
		assert.equal(shown(413, 'ruby_rack').split('. ')[0], 'Since Rack 3.1');
		assert.match(shown(422, 'ruby_rack'), /Before 3\.1, use :unprocessable_entity/);
		assert.match(shown(422, 'dotnet_enum'), /^Since \.NET 8\. Before 8, use HttpStatusCode\.UnprocessableEntity/);
		for (const code of [428, 429, 431, 511]) {
			assert.equal(constantRows.get(code)!.jakarta_servlet, '');
			assert.match(shown(code, 'jakarta_servlet'), /is only in the 6\.2 pre-releases \(from 6\.2\.0-M2-RELEASE\)/);
		}
	});
});
