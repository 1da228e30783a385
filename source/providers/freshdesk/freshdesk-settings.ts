// What a Freshdesk profile holds and how requests are authorised: the API key as the Basic user name, "X" as the password.
import * as z from '../../validation/zod.js';
import {DeskError} from '../../domain/errors.js';

const settingsSchema = z.object({
	url: z.string().check(z.minLength(1, 'url is empty')),
	language: z._default(z.string().check(z.minLength(2)), 'en'),
});

export type FreshdeskSettings = {
	/** The helpdesk's root, e.g. https://acme.freshdesk.com; the API lives under /api/v2. */
	url: string;
	language: string;
};

export function parseFreshdeskSettings(settings: Record<string, unknown>): FreshdeskSettings {
	const cleaned = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== '' && value !== null));
	const parsed = settingsSchema.safeParse(cleaned);
	if (!parsed.success) throw usage(`${parsed.error.issues[0]!.path.join('.') || 'settings'}: ${parsed.error.issues[0]!.message}`);
	const raw = parsed.data.url.trim().replace(/\/+$/, '').replace(/\/api\/v2$/, '');
	// A bare domain name ("acme") is how Freshdesk names a helpdesk (acme.freshdesk.com).
	const url = /^[a-z0-9][a-z0-9-]*$/i.test(raw) ? `https://${raw}.freshdesk.com` : raw;
	if (!/^https?:\/\/[^/\s]+$/i.test(url)) throw usage(`url: "${parsed.data.url}" is not a Freshdesk address such as https://acme.freshdesk.com`);
	return {url, language: parsed.data.language};
}

function usage(detail: string): DeskError {
	return new DeskError('usage', `Freshdesk profile: ${detail} (run \`deskterm login freshdesk\`)`);
}

export function freshdeskApiKey(secrets: Record<string, string> | undefined): string {
	const key = secrets?.['token'];
	if (!key) throw new DeskError('auth', 'no Freshdesk API key: run `deskterm login freshdesk` or set DESKTERM_FRESHDESK_API_KEY');
	return key;
}

/** Freshdesk ignores the password; its documentation uses "X". */
export function freshdeskHeaders(apiKey: string): Record<string, string> {
	return {Authorization: `Basic ${Buffer.from(`${apiKey}:X`, 'utf8').toString('base64')}`};
}
