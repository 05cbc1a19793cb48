/** Tag for the tests whose outcome depends on the base path: only these run against the `/http-status/` build too. */
export const BASE_PATH_TAG = '@base-path';
