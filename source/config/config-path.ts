// Where the config file is and the built-in profile's name, apart from the schema: knowing them must not load zod.
import {join} from 'node:path';

export const localProfileName = 'local';

export function configFilePath(configDir: string): string {
	return join(configDir, 'config.json');
}
