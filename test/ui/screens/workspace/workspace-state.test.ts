import {describe, expect, it} from 'vitest';
import {noCapabilities} from '../../../../source/providers/provider.js';
import {createFillSession} from '../../../../source/templates/fill-session.js';
import {composerReducer} from '../../../../source/ui/screens/composer/composer-state.js';
import {activeLayer, composerLayer, unsupportedActions} from '../../../../source/ui/screens/workspace/active-layer.js';
import {assignPicker, pickedIntent, prompt, promptedIntent, statusFilterPicker} from '../../../../source/ui/screens/workspace/overlays.js';
import {initialWorkspaceState, workspaceReducer} from '../../../../source/ui/screens/workspace/workspace-state.js';
import {testAgents, testTeams} from '../../../helpers/conversations.js';

describe('the workspace reducer', () => {
	it('edits the open prompt and ignores prompt edits when none is open', () => {
		let state = workspaceReducer(initialWorkspaceState, {type: 'open-overlay', overlay: prompt('search')});
		state = workspaceReducer(state, {type: 'edit-prompt', edit: {type: 'insert', text: 'refund'}});
		expect(state.overlay.type === 'prompt' && state.overlay.editor.value).toBe('refund');
		const closed = workspaceReducer(state, {type: 'close-overlay'});
		expect(workspaceReducer(closed, {type: 'edit-prompt', edit: {type: 'clear'}})).toBe(closed);
	});

	it('remembers searches and commands once each, newest last, and not blanks', () => {
		let state = initialWorkspaceState;
		for (const entry of ['assign me', 'status pending', 'assign me', '  ']) state = workspaceReducer(state, {type: 'remember', purpose: 'command', entry});
		expect(state.history.command).toEqual(['status pending', 'assign me']);
		expect(state.history.search).toEqual([]);
	});

	it('keeps the help scroll within the list', () => {
		let state = workspaceReducer(initialWorkspaceState, {type: 'open-overlay', overlay: {type: 'help', scroll: 0}});
		state = workspaceReducer(state, {type: 'scroll-help', delta: 50, max: 30});
		expect(state.overlay).toEqual({type: 'help', scroll: 30});
		state = workspaceReducer(state, {type: 'scroll-help', delta: -100, max: 30});
		expect(state.overlay).toEqual({type: 'help', scroll: 0});
	});

	it('clears the notice when an overlay opens', () => {
		const state = workspaceReducer(initialWorkspaceState, {type: 'notice', notice: {text: 'done', tone: 'ok'}});
		expect(workspaceReducer(state, {type: 'open-overlay', overlay: {type: 'help', scroll: 0}}).notice).toBeNull();
	});
});

describe('which keys listen', () => {
	it('gives overlays first, then the composer, then the focused pane', () => {
		expect(activeLayer(initialWorkspaceState, null)).toBe('queue');
		expect(activeLayer({...initialWorkspaceState, focus: 'conversation'}, null)).toBe('conversation');
		expect(activeLayer(initialWorkspaceState, 'composer')).toBe('composer');
		expect(activeLayer(initialWorkspaceState, 'fill')).toBe('fill');
		expect(activeLayer({...initialWorkspaceState, overlay: {type: 'confirm', purpose: 'discard-draft', question: '?'}}, 'templates')).toBe('confirm');
	});

	it('gives field prompts the composer keys first, then the / list while it shows', () => {
		const composer = composerReducer(null, {type: 'open', conversationId: '1', kind: 'reply'});
		expect(composerLayer(null, true)).toBeNull();
		expect(composerLayer(composer, false)).toBe('composer');
		expect(composerLayer(composer, true)).toBe('templates');
		const filling = composerReducer(composer, {type: 'start-fill', session: createFillSession('Order {{order_number}}', 0)});
		expect(composerLayer(filling, true)).toBe('fill');
	});

	it('toggles the triage details', () => {
		const shown = workspaceReducer(initialWorkspaceState, {type: 'toggle-triage-details'});
		expect(shown.triageDetails).toBe(true);
		expect(workspaceReducer(shown, {type: 'toggle-triage-details'}).triageDetails).toBe(false);
	});

	it('lists the ticket actions a back end cannot do', () => {
		expect([...unsupportedActions(noCapabilities)].sort()).toEqual(
			['ticket.assign', 'ticket.note', 'ticket.priority', 'ticket.reply', 'ticket.status', 'ticket.tags'],
		);
		expect(unsupportedActions({...noCapabilities, reply: true, note: true, assignTeam: true, statuses: ['open'], priority: true, tags: true}).size).toBe(0);
	});
});

describe('what pickers and prompts mean', () => {
	it('turns choices into intents, and snoozed into a question', () => {
		expect(pickedIntent('assign', {id: 'agent:a2', label: 'Omar'}, testTeams)).toEqual({type: 'assign', target: 'agent:a2'});
		expect(pickedIntent('status', {id: 'snoozed', label: 'snoozed…'}, testTeams)).toMatchObject({type: 'prompt', purpose: 'snooze'});
		expect(pickedIntent('team-filter', {id: 'billing', label: 'Billing'}, testTeams)).toEqual({type: 'filter', filters: {team: 'billing', teamName: 'Billing'}});
		expect(pickedIntent('team-filter', {id: 'any', label: 'any team'}, testTeams)).toEqual({type: 'filter', filters: {team: null, teamName: null}});
		expect(promptedIntent('tags', '  ')).toMatch(/no tags given/);
		expect(promptedIntent('snooze', 'tomorrow')).toEqual({type: 'status', status: 'snoozed', until: 'tomorrow'});
		expect(promptedIntent('command', 'assign me')).toEqual({type: 'assign', target: 'me'});
	});

	it('offers only the assignees the back end can take, without bots', () => {
		const me = testAgents[0]!;
		const agentsOnly = assignPicker(me, testAgents, testTeams, {...noCapabilities, assignAgent: true}, null);
		const ids = agentsOnly.type === 'picker' ? agentsOnly.picker.items.map(item => item.id) : [];
		expect(ids).toEqual(['me', 'none', 'agent:a2']);
		const teamsOnly = assignPicker(me, testAgents, testTeams, {...noCapabilities, assignTeam: true}, null);
		expect(teamsOnly.type === 'picker' && teamsOnly.picker.items.map(item => item.id)).toEqual(['team:billing', 'team:tech']);
		const filter = statusFilterPicker('pending');
		expect(filter.type === 'picker' && filter.picker.selected).toBe(2);
	});
});
