// Runs before every npm script: Astro 7 needs Node >= 22.12, which the `node` devDependency provides.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(
		`\nThis project needs Node.js >= 22.12, but the scripts are running on Node.js ${process.versions.node}.\n` +
			'The project pins Node 22 as the npm package "node"; its binary arrives with `npm ci`.\n' +
			'Run `npm ci` (without --ignore-scripts) and start scripts with `npm run …` or `npx …`.\n',
	);
	process.exit(1);
}
