// The comparison pages as the tests and the bench see them: read from content/compare/ through the site's schema and
// resolved by the site's model, so a new comparison gets its tests with no test edit.
import { basename } from 'node:path';
import { readComparisons } from '../src/lib/content-files.ts';
import { toComparison, type Comparison, type CompareData } from '../src/lib/compare.ts';
import { codes, type TestCode } from './content.ts';

/** A comparison as the tests use it. */
export type TestComparison = Comparison<{ id: string; file: string; body: string; data: CompareData }, TestCode>;

const byId = new Map(codes.map((c) => [String(c.code), c]));

/** Every comparison, by file name. */
export const comparisons: TestComparison[] = readComparisons()
	.map(({ file, data, body }) => toComparison({ id: basename(file).replace(/\.mdx?$/, ''), file, data, body }, byId))
	.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
