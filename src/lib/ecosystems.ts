/** The eleven ecosystems of data/framework-constants.tsv, in its column order. */
export const ECOSYSTEMS = [
	{ id: 'python', label: 'Python', version: '3.15', pattern: /^HTTPStatus\.[A-Z][A-Z0-9_]*$/, example: 'HTTPStatus.NOT_FOUND', prefix: '' },
	{ id: 'node', label: 'Node.js', version: '24', pattern: /^[A-Za-z'][A-Za-z' -]*$/, example: 'Not Found', prefix: '' },
	{ id: 'go', label: 'Go', version: '1.27', pattern: /^http\.Status[A-Za-z]+$/, example: 'http.StatusNotFound', prefix: 'Status' },
	{
		id: 'java_spring',
		label: 'Spring',
		version: '7.0',
		pattern: /^HttpStatus\.[A-Z][A-Z0-9_]*$/,
		example: 'HttpStatus.NOT_FOUND',
		prefix: '',
	},
	{
		id: 'jakarta_servlet',
		label: 'Jakarta Servlet',
		version: '6.2',
		pattern: /^HttpServletResponse\.SC_[A-Z0-9_]+$/,
		example: 'HttpServletResponse.SC_NOT_FOUND',
		prefix: 'SC_',
	},
	{ id: 'dotnet_enum', label: '.NET', version: '', pattern: /^HttpStatusCode\.[A-Za-z]+$/, example: 'HttpStatusCode.NotFound', prefix: '' },
	{
		id: 'aspnetcore',
		label: 'ASP.NET Core',
		version: '',
		pattern: /^StatusCodes\.Status\d{3}[A-Za-z]+$/,
		example: 'StatusCodes.Status404NotFound',
		prefix: 'Status\\d{3}',
	},
	{
		id: 'rust',
		label: 'Rust',
		version: 'http 1.5',
		pattern: /^StatusCode::[A-Z][A-Z0-9_]*$/,
		example: 'StatusCode::NOT_FOUND',
		prefix: '',
	},
	{
		id: 'php_symfony',
		label: 'Symfony',
		version: '7.4',
		pattern: /^Response::HTTP_[A-Z0-9_]+$/,
		example: 'Response::HTTP_NOT_FOUND',
		prefix: 'HTTP_',
	},
	{ id: 'ruby_rack', label: 'Rack', version: '3.2', pattern: /^:[a-z][a-z0-9_]*$/, example: ':not_found', prefix: '' },
	{
		id: 'zope',
		label: 'Zope, Plone',
		version: 'zExceptions 6.0',
		pattern: /^zExceptions\.[A-Za-z]+$/,
		example: 'zExceptions.NotFound',
		prefix: 'HTTP',
	},
] as const;

/** One ecosystem: its column id, its label, the version the names were read from, and the shape of its names. */
export type Ecosystem = (typeof ECOSYSTEMS)[number];
/** The column id of an ecosystem, e.g. `java_spring`. */
export type EcosystemId = Ecosystem['id'];

/** True when a string is an ecosystem's column id. */
export function isEcosystemId(id: string): id is EcosystemId {
	return ECOSYSTEMS.some((e) => e.id === id);
}

/**
 * Zope classes that keep their own code when an exception view renders them (data/framework-constants.md,
 * "Zope class names and the exception-view path"); every other class becomes 500 there.
 */
export const ZOPE_KEEPS_CODE = [
	'BadRequest',
	'Unauthorized',
	'Forbidden',
	'NotFound',
	'MethodNotAllowed',
	'Redirect',
	'ResourceLockedError',
	'InternalError',
	'HTTPVersionNotSupported',
] as const;
