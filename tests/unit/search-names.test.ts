import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { searchNamesAsset } from '../../src/lib/search-names.ts';
import { looksLikeName, NameIndex } from '../../src/scripts/search/names.ts';

const index = new NameIndex(searchNamesAsset(undefined, ['Cloudflare', 'AWS Elastic Load Balancing']));
const first = (query: string) => {
	const [match] = index.find(query);
	return match && `${match.code} ${match.label}: ${match.name}`;
};

describe('a name pasted from code', () => {
	test('is told from words by its shape: underscores, dots, ::, a leading colon, a case change', () => {
		for (const query of ['HTTP_422', 'status.HTTP_422_UNPROCESSABLE_ENTITY', 'Response::HTTP_CONFLICT', ':not_found', 'StatusTeapot'])
			assert.ok(looksLikeName(query), query);
		for (const query of ['not found', '404', 'teapot', '401 vs 403', 'Teapot']) assert.ok(!looksLikeName(query), query);
	});

	test('finds its code and the ecosystem that spells it so, as typed before any other spelling', () => {
		assert.equal(first('HTTP_429_TOO_MANY_REQUESTS'), '429 Django REST framework: status.HTTP_429_TOO_MANY_REQUESTS');
		assert.equal(first('status.HTTP_422_UNPROCESSABLE_ENTITY'), '422 Django REST framework: status.HTTP_422_UNPROCESSABLE_ENTITY');
		assert.equal(first('HttpStatus.TOO_MANY_REQUESTS'), '429 Spring: HttpStatus.TOO_MANY_REQUESTS');
		assert.equal(first('HTTPStatus.TOO_MANY_REQUESTS'), '429 Python: HTTPStatus.TOO_MANY_REQUESTS');
		assert.equal(first('StatusTeapot'), '418 Go: http.StatusTeapot');
		assert.equal(first('Response::HTTP_CONFLICT'), '409 Symfony, Laravel: Response::HTTP_CONFLICT');
		assert.equal(first('werkzeug.exceptions.NotFound'), '404 Werkzeug, Flask: exceptions.NotFound');
		assert.equal(first(':unprocessable_entity'), '422 Rack, Rails: :unprocessable_entity');
	});

	test('a name with a number no ecosystem spells stands for that number; a name nothing spells, for nothing', () => {
		assert.deepEqual(index.find('HTTP_299_WHATEVER'), [{ label: '', name: '', code: 299 }]);
		assert.deepEqual(index.find('foo_bar_baz'), []);
	});
});

describe('the names asset', () => {
	test('gives vendors by the first word of their names, and reason phrases of two words or more', () => {
		const asset = searchNamesAsset(undefined, ['Cloudflare', 'AWS Elastic Load Balancing']);
		assert.deepEqual(asset.vendors, ['aws', 'cloudflare']);
		assert.ok(asset.phrases.some(([phrase, code]) => phrase === 'not found' && code === 404));
		assert.ok(!asset.phrases.some(([phrase]) => phrase === 'found'));
	});

	test('a reason phrase in a query names its code, the longest phrase only', () => {
		assert.deepEqual(index.phrasesIn('not found in django'), [404]);
		assert.deepEqual(index.phrasesIn('too many requests in fastapi'), [429]);
		assert.deepEqual(index.phrasesIn('nothing here'), []);
		assert.ok(index.isPhrase('Early Hints') && !index.isPhrase('early hints preload'));
	});
});

test("an unregistered number's title names that number, as the vendor's phrase for it", () => {
	const named = new NameIndex(
		searchNamesAsset(
			undefined,
			['nginx'],
			[
				['Client Closed Request', 499],
				['Page Expired', 419],
				['Blocked', 450],
			],
		),
	);
	assert.deepEqual(named.phrasesIn('client closed request'), [499]);
	assert.deepEqual(named.phrasesIn('laravel page expired'), [419]);
	// One word is no phrase: "blocked" stays an ordinary word.
	assert.deepEqual(named.phrasesIn('blocked'), []);
});
