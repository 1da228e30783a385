// A remote-like back end for login tests: it accepts one token and knows one agent.
import {DeskError} from '../../../source/domain/errors.js';
import {noCapabilities, type HelpdeskProvider} from '../../../source/providers/provider.js';
import {registerProvider} from '../../../source/providers/registry.js';

export const goodToken = 'fake-token-123456';

export function registerFakeDesk(): void {
	registerProvider({
		kind: 'fakedesk',
		label: 'Fake Desk',
		loginFields: [
			{name: 'url', label: 'Desk URL', description: 'where it lives', required: true, secret: false, env: 'DESKTERM_FAKE_URL'},
			{name: 'token', label: 'API token', description: 'the secret', required: true, secret: true, env: 'DESKTERM_FAKE_TOKEN'},
			{name: 'teamName', label: 'Team name', description: 'optional', required: false, secret: false},
		],
		async open(options) {
			const token = options.secrets?.['token'];
			const refuse = (): never => {
				throw new DeskError('unsupported', 'not in this fake');
			};
			return {
				kind: 'fakedesk',
				label: 'Fake Desk',
				capabilities: {...noCapabilities, reply: true, statuses: ['open', 'closed']},
				async whoami() {
					if (token !== goodToken) throw new DeskError('auth', 'token rejected by Fake Desk (HTTP 401): run `deskterm login fakedesk`');
					return {id: 'a1', name: 'Ada Agent', email: 'ada@example.com', teamIds: [], role: 'agent'};
				},
				listQueue: refuse,
				getConversation: refuse,
				listAgents: refuse,
				listTeams: refuse,
				changesSince: refuse,
				reply: refuse,
				addNote: refuse,
				assign: refuse,
				setStatus: refuse,
				setPriority: refuse,
				updateTags: refuse,
				async close() {},
			} satisfies HelpdeskProvider;
		},
	});
}
