// What a Zendesk profile holds and how requests are authorised: email/token Basic auth or an OAuth bearer.
import * as z from '../../validation/zod.js';
import {DeskError} from '../../domain/errors.js';

const settingsSchema = z.object({
	url: z.string().check(z.minLength(1, 'url is empty')),
	email: z.optional(z.email({error: 'email must be the address you sign in with'})),
	language: z._default(z.string().check(z.minLength(2)), 'en'),
});

export type ZendeskSettings = {
	/** The account's root, e.g. https://acme.zendesk.com; the API lives under /api/v2. */
	url: string;
	email: string | null;
	language: string;
};

export function parseZendeskSettings(settings: Record<string, unknown>): ZendeskSettings {
	const cleaned = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== '' && value !== null));
	const parsed = settingsSchema.safeParse(cleaned);
	if (!parsed.success) throw usage(`${parsed.error.issues[0]!.path.join('.') || 'settings'}: ${parsed.error.issues[0]!.message}`);
	const raw = parsed.data.url.trim().replace(/\/+$/, '').replace(/\/api\/v2$/, '');
	// A bare subdomain ("acme") is the common way people name their Zendesk.
	const url = /^[a-z0-9][a-z0-9-]*$/i.test(raw) ? `https://${raw}.zendesk.com` : raw;
	if (!/^https?:\/\/[^/\s]+$/i.test(url)) throw usage(`url: "${parsed.data.url}" is not a Zendesk address such as https://acme.zendesk.com`);
	return {url, email: parsed.data.email ?? null, language: parsed.data.language};
}

function usage(detail: string): DeskError {
	return new DeskError('usage', `Zendesk profile: ${detail} (run \`deskterm login zendesk\`)`);
}

export function zendeskToken(secrets: Record<string, string> | undefined): string {
	const token = secrets?.['token'];
	if (!token) throw new DeskError('auth', 'no Zendesk API token: run `deskterm login zendesk` or set DESKTERM_ZENDESK_TOKEN');
	return token;
}

/** An API token goes with the agent's email as "{email}/token:{token}"; without an email it is an OAuth token. */
export function zendeskHeaders(settings: Pick<ZendeskSettings, 'email'>, token: string): Record<string, string> {
	if (settings.email === null) return {Authorization: `Bearer ${token}`};
	return {Authorization: `Basic ${Buffer.from(`${settings.email}/token:${token}`, 'utf8').toString('base64')}`};
}
