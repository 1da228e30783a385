// One name lookup for both surfaces: `queue --team b` and `:team b`, `assign --to b` and `:assign b` give the same
// answer and the same line.
import {afterEach, describe, expect, it} from 'vitest';
import type {Team} from '../../source/domain/conversation.js';
import {keys} from '../helpers/keys.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';
import {renderConsole, type ConsoleView} from '../helpers/render.js';
import {deskConversations, run} from '../cli/cli-fixtures.js';

const teams: Team[] = [
	{id: 't-billing', name: 'Billing'},
	{id: 't-bots', name: 'Bots'},
	{id: 't-tech', name: 'Technical Support'},
];
const provider = () => createMemoryProvider(deskConversations(), {teams});

let view: ConsoleView | undefined;
afterEach(() => view?.unmount());

describe('finding a team by name, CLI and console', () => {
	it('reports an ambiguous name as an error listing the candidates on both surfaces', async () => {
		const cli = await run(['queue', '--team', 'b', '--json'], {provider: provider()});
		expect(cli.code).toBe(2);
		expect(cli.stderr).toBe('deskterm: queue: "b" matches several teams (one of: Billing, Bots)\n');

		view = await renderConsole({provider: provider()});
		await view.waitFor('Ada Lovelace');
		view.press(':team b', keys.enter);
		await view.waitFor('"b" matches several teams (one of: Billing, Bots)');
	});

	it('takes a unique prefix on both surfaces', async () => {
		const cli = await run(['queue', '--team', 'tech', '--json'], {provider: provider()});
		expect(cli.code).toBe(0);
		view = await renderConsole({provider: provider()});
		await view.waitFor('Ada Lovelace');
		view.press(':team tech', keys.enter);
		await view.waitFor('active · team Technical Support');
	});

	it('refuses an ambiguous assignee with the candidates on both surfaces, and writes nothing', async () => {
		const message = '"b" matches several agents and teams (one of: Helper Bot, team:Billing, team:Bots)';
		const desk = provider();
		const cli = await run(['assign', '1042', '--to', 'b'], {provider: desk});
		expect([cli.code, cli.stderr]).toEqual([2, `deskterm: ${message}\n`]);

		const screen = provider();
		view = await renderConsole({provider: screen});
		await view.waitFor('Ada Lovelace');
		view.press(':assign b', keys.enter);
		await view.waitFor(message);
		view.press(':assign bots', keys.enter);
		await view.waitFor('to team Bots');
		expect(desk.writes).toEqual([]);
		expect(screen.writes.map(write => write.method)).toEqual(['assign']);
	});
});
