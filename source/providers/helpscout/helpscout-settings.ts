// What a Help Scout profile holds: the API address, the mailboxes (inboxes) it reads, and the OAuth app's id and secret.
import * as z from '../../validation/zod.js';
import {DeskError} from '../../domain/errors.js';

export const helpscoutApiUrl = 'https://api.helpscout.net/v2';

const settingsSchema = z.object({
	/** A proxy or test server instead of api.helpscout.net/v2. */
	url: z.optional(z.url({protocol: /^https?$/, error: 'url must be an http(s) address'})),
	/** Comma-separated mailbox ids; empty reads every mailbox the app's user may see. */
	/** The OAuth app's id (a client id, not a secret: the secret is kept apart). */
	appId: z.string().check(z.minLength(1, 'appId is empty')),
	mailboxes: z.optional(z.string().check(z.regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'mailboxes must be mailbox ids separated by commas'))),
	language: z._default(z.string().check(z.minLength(2)), 'en'),
});

export type HelpscoutSettings = {baseUrl: string; appId: string; mailboxes: string[]; language: string};

export type HelpscoutCredentials = {appId: string; appSecret: string};

export function parseHelpscoutSettings(settings: Record<string, unknown>): HelpscoutSettings {
	const cleaned = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== '' && value !== null));
	const parsed = settingsSchema.safeParse(cleaned);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new DeskError('usage', `Help Scout profile: ${issue.path.join('.') || 'settings'}: ${issue.message} (run \`deskterm login helpscout\`)`);
	}
	const {url, appId, mailboxes, language} = parsed.data;
	return {baseUrl: (url ?? helpscoutApiUrl).replace(/\/+$/, ''), appId: appId.trim(), mailboxes: mailboxes ? mailboxes.split(',').map(id => id.trim()) : [], language};
}

export function helpscoutCredentials(settings: Pick<HelpscoutSettings, 'appId'>, secrets: Record<string, string> | undefined): HelpscoutCredentials {
	const appSecret = secrets?.['appSecret'];
	if (!appSecret) throw new DeskError('auth', 'no Help Scout app secret: run `deskterm login helpscout` or set DESKTERM_HELPSCOUT_APP_SECRET');
	return {appId: settings.appId, appSecret};
}
