import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { budgetFor, expect, test } from './support/fixtures';
import { NOT_FOUND, sitePages } from '../catalog/pages';

const ROOT = join(import.meta.dirname, '..');

test('every HTML file the build writes is valid HTML', async () => {
	// The build folder is read when the test runs: the web server has just built it.
	const DIST = join(ROOT, test.info().project.metadata.outDir as string);
	const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
	test.setTimeout(budgetFor(files.length, 300));
	// Every page the content makes is among the files validated (the not-found page is written as 404.html).
	const expected = sitePages.map((p) => (p === NOT_FOUND ? '404.html' : `${p.path}index.html`));
	expect(files).toEqual(expect.arrayContaining(expected));
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const errors: string[] = [];
	for (const file of files) {
		const report = await validator.validateFile(join(DIST, file));
		for (const result of report.results) {
			for (const m of result.messages) errors.push(`${relative(ROOT, result.filePath)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
	}
	expect(errors, errors.join('\n')).toEqual([]);
});
