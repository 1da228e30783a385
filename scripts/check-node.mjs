#!/usr/bin/env node
// First step of npm test (pretest): on a Node older than package.json's engines floor, one line that says so and how to
// get a newer one, instead of an error deep inside the build or vitest. Plain syntax on purpose: Node 18 and 20 parse it.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** The "major.minor" floor in an engines range such as ">=22.3". */
export function engineFloor(range) {
	const match = /^\s*>=\s*v?(\d+)(?:\.(\d+))?/.exec(range);
	if (!match) throw new Error(`engines.node "${range}" is not of the form ">=MAJOR.MINOR"`);
	return {major: Number(match[1]), minor: Number(match[2] || 0)};
}

export function isBelow(version, floor) {
	const parts = version.replace(/^v/, '').split('.').map(Number);
	return parts[0] < floor.major || (parts[0] === floor.major && parts[1] < floor.minor);
}

export function tooOldMessage(version, floor) {
	const wanted = `${floor.major}.${floor.minor}`;
	return `deskterm needs Node ${wanted} or newer for its tests; this is ${version}: install Node 24 LTS (https://nodejs.org/en/download, or nvm install 24) and run npm test again`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
	const floor = engineFloor(manifest.engines.node);
	if (isBelow(process.version, floor)) {
		process.stderr.write(`${tooOldMessage(process.version, floor)}\n`);
		process.exit(1);
	}
}
