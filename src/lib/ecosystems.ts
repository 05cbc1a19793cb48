/**
 * The ecosystems of data/framework-constants.tsv, in its column order. A label names the frameworks built on the
 * library whose names it lists (Rails uses Rack's symbols, Laravel Symfony's constants, FastAPI Starlette's module,
 * Flask Werkzeug's exceptions); `product` is the library whose version the column gives.
 */
export const ECOSYSTEMS = [
	{ id: 'python', label: 'Python', pattern: /^HTTPStatus\.[A-Z][A-Z0-9_]*$/, example: 'HTTPStatus.NOT_FOUND', prefix: '' },
	{ id: 'node', label: 'Node.js', pattern: /^[A-Za-z'][A-Za-z' -]*$/, example: 'Not Found', prefix: '' },
	{ id: 'go', label: 'Go', pattern: /^http\.Status[A-Za-z]+$/, example: 'http.StatusNotFound', prefix: 'Status' },
	{
		id: 'java_spring',
		label: 'Spring',
		pattern: /^HttpStatus\.[A-Z][A-Z0-9_]*$/,
		example: 'HttpStatus.NOT_FOUND',
		prefix: '',
	},
	{
		id: 'jakarta_servlet',
		label: 'Jakarta Servlet',
		pattern: /^HttpServletResponse\.SC_[A-Z0-9_]+$/,
		example: 'HttpServletResponse.SC_NOT_FOUND',
		prefix: 'SC_',
	},
	{ id: 'dotnet_enum', label: '.NET', pattern: /^HttpStatusCode\.[A-Za-z]+$/, example: 'HttpStatusCode.NotFound', prefix: '' },
	{
		id: 'aspnetcore',
		label: 'ASP.NET Core',
		pattern: /^StatusCodes\.Status\d{3}[A-Za-z]+$/,
		example: 'StatusCodes.Status404NotFound',
		prefix: 'Status\\d{3}',
	},
	{
		id: 'rust',
		label: 'Rust',
		pattern: /^StatusCode::[A-Z][A-Z0-9_]*$/,
		example: 'StatusCode::NOT_FOUND',
		product: 'http',
		prefix: '',
	},
	{
		id: 'php_symfony',
		label: 'Symfony, Laravel',
		pattern: /^Response::HTTP_[A-Z0-9_]+$/,
		example: 'Response::HTTP_NOT_FOUND',
		product: 'Symfony',
		prefix: 'HTTP_',
	},
	{ id: 'ruby_rack', label: 'Rack, Rails', pattern: /^:[a-z][a-z0-9_]*$/, example: ':not_found', product: 'Rack', prefix: '' },
	{
		id: 'zope',
		label: 'Zope, Plone',
		pattern: /^zExceptions\.[A-Za-z]+$/,
		example: 'zExceptions.NotFound',
		product: 'zExceptions',
		prefix: 'HTTP',
	},
	{
		id: 'drf',
		label: 'Django REST framework',
		pattern: /^status\.HTTP_\d{3}_[A-Z0-9_]+$/,
		example: 'status.HTTP_404_NOT_FOUND',
		prefix: 'HTTP_\\d{3}_',
	},
	{
		id: 'starlette',
		label: 'Starlette, FastAPI',
		pattern: /^status\.HTTP_\d{3}_[A-Z0-9_]+$/,
		example: 'status.HTTP_404_NOT_FOUND',
		product: 'Starlette',
		prefix: 'HTTP_\\d{3}_',
	},
	{
		id: 'werkzeug',
		label: 'Werkzeug, Flask',
		pattern: /^exceptions\.[A-Z][A-Za-z]+$/,
		example: 'exceptions.NotFound',
		product: 'Werkzeug',
		prefix: '',
	},
	{ id: 'nestjs', label: 'NestJS', pattern: /^HttpStatus\.[A-Z][A-Z0-9_]*$/, example: 'HttpStatus.NOT_FOUND', prefix: '' },
	{ id: 'ktor', label: 'Ktor', pattern: /^HttpStatusCode\.[A-Za-z]+$/, example: 'HttpStatusCode.NotFound', prefix: '' },
] as const;

/**
 * One ecosystem: its column id, its label, the shape of its names, and `product` where its versions are another
 * package's (Rust's http crate); its version is in data/framework-constants.columns.tsv.
 */
export type Ecosystem = (typeof ECOSYSTEMS)[number] & { product?: string };
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
