// What a Zammad profile holds: the instance address and the access token (sent as `Token token=...`).
import * as z from '../../validation/zod.js';
import {DeskError} from '../../domain/errors.js';

const settingsSchema = z.object({
	url: z.url({protocol: /^https?$/, error: 'url must be an http(s) address, e.g. https://support.example.com'}),
	language: z._default(z.string().check(z.minLength(2)), 'en'),
	minutesPerUnit: z._default(z.union([z.number(), z.string()]), '1'),
});

export type ZammadSettings = {
	/** The REST root, e.g. https://support.example.com/api/v1. */
	baseUrl: string;
	language: string;
	/** Zammad's accounted time has no fixed unit: what one unit is worth, in minutes (1 unless the profile says). */
	minutesPerUnit: number;
};

export function parseZammadSettings(settings: Record<string, unknown>): ZammadSettings {
	const cleaned = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== '' && value !== null));
	const parsed = settingsSchema.safeParse(cleaned);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new DeskError('usage', `Zammad profile: ${issue.path.join('.') || 'settings'}: ${issue.message} (run \`deskterm login zammad\`)`);
	}
	const root = parsed.data.url.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
	const minutesPerUnit = Number(parsed.data.minutesPerUnit);
	if (!Number.isFinite(minutesPerUnit) || minutesPerUnit <= 0) throw new DeskError('usage', `Zammad profile: minutesPerUnit: "${parsed.data.minutesPerUnit}" is not a positive number of minutes (run \`deskterm login zammad\`)`);
	return {baseUrl: `${root}/api/v1`, language: parsed.data.language, minutesPerUnit};
}

export function zammadToken(secrets: Record<string, string> | undefined): string {
	const token = secrets?.['token'];
	if (!token) throw new DeskError('auth', 'no Zammad access token: run `deskterm login zammad` or set DESKTERM_ZAMMAD_TOKEN');
	return token;
}

export function zammadHeaders(token: string): Record<string, string> {
	return {Authorization: `Token token=${token}`};
}
