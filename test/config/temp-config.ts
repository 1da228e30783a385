// A throw-away config directory per test.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export function tempConfig(): {configDir: string; dataDir: string; templatesDir: string; cleanup(): void} {
	const root = mkdtempSync(join(tmpdir(), 'deskterm-config-'));
	return {
		configDir: join(root, 'config'),
		dataDir: join(root, 'data'),
		templatesDir: join(root, 'config', 'templates'),
		cleanup: () => rmSync(root, {recursive: true, force: true}),
	};
}
