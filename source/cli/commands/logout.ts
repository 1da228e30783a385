// deskterm logout [PROFILE]: forgets the saved secrets; --remove deletes the profile as well.
import {removeProfile} from '../../config/config-file.js';
import {listProfiles, localProfileName} from '../../config/load-profile.js';
import {forgetSecrets, secretsFilePath} from '../../config/secrets.js';
import {DeskError} from '../../domain/errors.js';
import {refuseInReadOnly} from '../../operations/guard-write.js';
import {providerDefinition} from '../../providers/registry.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';

export const command: CommandDefinition = {
	name: 'logout',
	summary: "Forget a profile's saved token (--remove deletes the profile too)",
	usage: 'deskterm logout [<profile>] [--remove]',
	details: [
		'Without a name it logs out of --profile, DESKTERM_PROFILE or the default profile.',
		'The profile (URL and other settings) stays, so `deskterm login <provider> --profile <name>` only asks',
		'for the token again; --remove deletes it, and if it was the default, local becomes the default again.',
		"A token given through the provider's environment variable (e.g. DESKTERM_RT_TOKEN) still works until unset.",
	].join('\n'),
	options: {remove: {type: 'boolean', description: 'delete the profile as well'}},
	positionals: {min: 0, max: 1},
	usesProfile: false,
	async run(input, io, context) {
		refuseInReadOnly(context, 'log out (it deletes saved credentials)');
		const {configDir} = context.paths;
		const {defaultName, profiles} = listProfiles(context.paths);
		const flag = typeof input.values['profile'] === 'string' ? input.values['profile'] : undefined;
		const name = input.positionals[0] ?? flag ?? (context.env['DESKTERM_PROFILE'] || undefined) ?? defaultName;
		if (name === localProfileName) throw new DeskError('usage', 'the local desk has no login to forget: name a profile (deskterm profiles lists them)');
		const profile = profiles.find(candidate => candidate.name === name);
		if (!profile) throw new DeskError('usage', `no profile named "${name}" (known: ${profiles.map(candidate => candidate.name).join(', ')})`);
		const forgotten = forgetSecrets(configDir, name);
		io.write(forgotten ? `Logged out of "${name}": its token is gone from ${secretsFilePath(configDir)}.\n` : `No saved token for "${name}".\n`);
		if (input.values['remove'] === true) {
			await removeProfile(configDir, name);
			io.write(`Removed profile "${name}"${defaultName === name ? '; the default is local again' : ''}.\n`);
		} else {
			io.write(`The profile stays; \`deskterm logout ${name} --remove\` deletes it.\n`);
		}
		const stillSet = providerDefinitionFields(profile.provider).filter(env => context.env[env]);
		if (stillSet.length > 0) io.error(`Note: ${stillSet.join(', ')} is still set in the environment and keeps working.\n`);
		return exitCodes.ok;
	},
};

function providerDefinitionFields(kind: string): string[] {
	try {
		return providerDefinition(kind).loginFields.flatMap(field => (field.secret && field.env ? [field.env] : []));
	} catch {
		return [];
	}
}
