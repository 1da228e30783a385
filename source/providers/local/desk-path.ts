// Where the local desk lives: one SQLite file in the data directory.
import {join} from 'node:path';
import type {Paths} from '../../paths.js';

export const deskFileName = 'desk.sqlite';

export function deskPath(paths: Paths): string {
	return join(paths.dataDir, deskFileName);
}
