// The login command a rejected token points to: the profile named only when it is not the kind's default.
import {describe, expect, it} from 'vitest';
import {loginCommand} from '../../../source/providers/shared/open-http.js';

describe('loginCommand', () => {
	it('leaves out --profile for the profile named after the kind', () => {
		expect(loginCommand('zendesk', 'zendesk')).toBe('deskterm login zendesk');
		expect(loginCommand('rt', 'rt')).toBe('deskterm login rt');
	});

	it('names any other profile', () => {
		expect(loginCommand('chatwoot', 'support')).toBe('deskterm login chatwoot --profile support');
		expect(loginCommand('intercom', 'zendesk')).toBe('deskterm login intercom --profile zendesk');
	});
});
