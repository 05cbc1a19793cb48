/** The content folder: ./content, or CONTENT_ROOT when the bad-content tests build a scratch copy. */
export const CONTENT_ROOT = process.env.CONTENT_ROOT ?? './content';
