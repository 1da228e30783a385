// What an Intercom profile holds: the region's host (or an explicit URL), the acting admin, the version header.
import * as z from '../../validation/zod.js';
import {DeskError} from '../../domain/errors.js';

/** The API version deskterm is written and contract-tested against. */
export const intercomVersion = '2.16';

export const intercomHosts = {us: 'https://api.intercom.io', eu: 'https://api.eu.intercom.io', au: 'https://api.au.intercom.io'} as const;

const settingsSchema = z.object({
	region: z._default(z.enum(['us', 'eu', 'au'], {error: 'region must be us, eu or au'}), 'us'),
	/** A proxy or test server instead of the region's host. */
	url: z.optional(z.url({protocol: /^https?$/, error: 'url must be an http(s) address'})),
	adminId: z.optional(z.union([z.string().check(z.regex(/^\d+$/, 'adminId must be a number')), z.number().check(z.int(), z.positive())])),
	language: z._default(z.string().check(z.minLength(2)), 'en'),
});

export type IntercomSettings = {baseUrl: string; region: 'us' | 'eu' | 'au'; adminId: string | null; language: string};

export function parseIntercomSettings(settings: Record<string, unknown>): IntercomSettings {
	const cleaned = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== '' && value !== null));
	const parsed = settingsSchema.safeParse(cleaned);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new DeskError('usage', `Intercom profile: ${issue.path.join('.') || 'settings'}: ${issue.message} (run \`deskterm login intercom\`)`);
	}
	const {region, url, adminId, language} = parsed.data;
	return {baseUrl: (url ?? intercomHosts[region]).replace(/\/+$/, ''), region, adminId: adminId === undefined ? null : String(adminId), language};
}

export function intercomToken(secrets: Record<string, string> | undefined): string {
	const token = secrets?.['token'];
	if (!token) throw new DeskError('auth', 'no Intercom access token: run `deskterm login intercom` or set DESKTERM_INTERCOM_TOKEN');
	return token;
}

/** The version header pins response shapes: without it the app's Developer Hub setting applies. */
export function intercomHeaders(token: string): Record<string, string> {
	return {Authorization: `Bearer ${token}`, 'Intercom-Version': intercomVersion};
}
