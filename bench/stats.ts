// Small number helpers shared by the bench modules.

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const upper = sorted[mid] ?? Number.NaN;
	return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/** The largest value of a non-empty list. */
export function max(values: readonly number[]): number {
	if (values.length === 0) throw new Error('max of no values');
	return Math.max(...values);
}
