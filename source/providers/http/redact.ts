// Secrets never reach a log line, an error message or the screen: every outside text passes here.

const secretQueryNames = /^(token|access_token|api_token|api_key|apikey|key|password|secret|client_secret|auth|signature|sig)$/i;
const secretHeaderNames = /authorization|token|secret|api[-_]?key|cookie|password|signature/i;
const mask = '***';

export type Redactor = (text: string) => string;

/** A redactor that hides the given secret values and any secret-looking URL parameter. */
export function createRedactor(secrets: readonly string[] = []): Redactor {
	// Longest first, so a token is hidden whole before a shorter secret inside it is considered.
	const values = [...new Set(secrets.filter(secret => secret.length >= 4))].sort((a, b) => b.length - a.length);
	return text => {
		let result = text;
		for (const value of values) result = result.split(value).join(mask);
		return redactUrlSecrets(result);
	};
}

/** Hides the values of query parameters such as ?token=... wherever a URL appears in the text. */
export function redactUrlSecrets(text: string): string {
	return text.replace(/([?&])([^=&\s#"']+)=([^&\s#"']*)/g, (whole, separator: string, name: string, value: string) =>
		secretQueryNames.test(name) && value !== '' ? `${separator}${name}=${mask}` : whole,
	);
}

export function isSecretHeader(name: string): boolean {
	return secretHeaderNames.test(name);
}

/** Headers as they may be logged: secret ones masked, everything else through the redactor. */
export function redactHeaders(headers: Record<string, string>, redact: Redactor): Record<string, string> {
	return Object.fromEntries(
		Object.entries(headers).map(([name, value]) => [name, isSecretHeader(name) ? mask : redact(value)]),
	);
}

/** The secret parts of auth headers: the whole value, the credential after the scheme, decoded Basic parts. */
export function secretsInHeaders(headers: Record<string, string>): string[] {
	const found: string[] = [];
	for (const [name, value] of Object.entries(headers)) {
		if (!isSecretHeader(name) || value === '') continue;
		found.push(value);
		const match = /^(\w+)\s+(.+)$/.exec(value);
		if (!match) continue;
		const [, scheme, credential] = match as unknown as [string, string, string];
		found.push(credential);
		if (scheme.toLowerCase() === 'basic') {
			const decoded = Buffer.from(credential, 'base64').toString('utf8');
			found.push(decoded, ...decoded.split(':').slice(1));
		}
		// "token=..." (Zammad) and "Bearer x" both leave the bare token as the last word.
		const bare = credential.replace(/^token=/, '').replace(/^"|"$/g, '');
		found.push(bare);
	}
	return found;
}
