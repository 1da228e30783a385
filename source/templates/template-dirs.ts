// Where templates come from: the shipped starter library, then the user's own folder (or --templates).
import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Paths} from '../paths.js';

/**
 * The repo's templates/ folder: next to package.json above this file, whether it runs from
 * source/templates/ (tests), dist/ or dist/chunks/ (the bundle), or an npm install.
 */
export function shippedTemplatesDir(from: string = fileURLToPath(import.meta.url)): string | null {
	let directory = dirname(from);
	for (let depth = 0; depth < 5; depth++) {
		const candidate = join(directory, 'templates');
		if (existsSync(join(directory, 'package.json')) && existsSync(candidate)) return candidate;
		const parent = dirname(directory);
		if (parent === directory) break;
		directory = parent;
	}
	return null;
}

/**
 * The folders to load, in override order. `--templates` folders replace the defaults; otherwise the
 * shipped library, then the user's folder (paths.templatesDir, DESKTERM_TEMPLATES_DIR) when it exists.
 */
export function templateSources(paths: Pick<Paths, 'templatesDir'>, flagDirs: readonly string[] = []): string[] {
	if (flagDirs.length > 0) return [...flagDirs];
	const shipped = shippedTemplatesDir();
	return [...(shipped ? [shipped] : []), ...(existsSync(paths.templatesDir) ? [paths.templatesDir] : [])];
}
