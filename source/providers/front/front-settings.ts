// What a Front profile holds: the API address, the teammate deskterm acts as, and the bearer token.
import * as z from '../../validation/zod.js';
import {DeskError} from '../../domain/errors.js';

export const frontApiUrl = 'https://api2.frontapp.com';

const settingsSchema = z.object({
	/** A proxy or test server instead of api2.frontapp.com. */
	url: z.optional(z.url({protocol: /^https?$/, error: 'url must be an http(s) address'})),
	teammate: z.string().check(z.minLength(1, 'teammate is empty')),
	language: z._default(z.string().check(z.minLength(2)), 'en'),
});

export type FrontSettings = {
	baseUrl: string;
	/** A teammate id (tea_...) or the resource alias of an email (alt:email:...). */
	teammate: string;
	language: string;
};

export function parseFrontSettings(settings: Record<string, unknown>): FrontSettings {
	const cleaned = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== '' && value !== null));
	const parsed = settingsSchema.safeParse(cleaned);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new DeskError('usage', `Front profile: ${issue.path.join('.') || 'settings'}: ${issue.message} (run \`deskterm login front\`)`);
	}
	const {url, teammate, language} = parsed.data;
	// An API token belongs to the company, not to a person: replies and notes name their teammate.
	const who = teammate.trim();
	const alias = who.includes('@') && !who.startsWith('alt:') ? `alt:email:${who}` : who;
	return {baseUrl: (url ?? frontApiUrl).replace(/\/+$/, ''), teammate: alias, language};
}

export function frontToken(secrets: Record<string, string> | undefined): string {
	const token = secrets?.['token'];
	if (!token) throw new DeskError('auth', 'no Front API token: run `deskterm login front` or set DESKTERM_FRONT_TOKEN');
	return token;
}

export function frontHeaders(token: string): Record<string, string> {
	return {Authorization: `Bearer ${token}`};
}
