// `deskterm top`: the lead's live, read-only dashboard. Numbers refresh on a timer in the background;
// keys only change what is shown (a team, an agent, breached only) or open a conversation to read.
import {Box, useApp, useInput, useWindowSize} from 'ink';
import {useCallback, useRef, useState} from 'react';
import type {Conversation} from '../../domain/conversation.js';
import {toDeskError} from '../../domain/errors.js';
import type {Figure} from '../../domain/metrics/figure.js';
import type {OverviewFilter} from '../../domain/metrics/live-overview.js';
import type {DashboardSnapshot, DashboardSource} from '../../operations/dashboard-source.js';
import {alertList, conversationLines, dashboardLines} from '../../presenters/dashboard-text.js';
import {Text} from '../components/text.js';
import {useRefreshLoop} from './use-refresh-loop.js';

export type TopProps = {
	source: DashboardSource;
	intervalMs: number;
	/** The figures read whole threads: at most this often. */
	figuresEveryMs: number;
	ascii: boolean;
	/** Fixed size (the SSH server passes the client's window); else the terminal's. */
	size?: {columns: number; rows: number};
};

type Choice = {team: number; agent: number; breachedOnly: boolean};
const noChoice: Choice = {team: -1, agent: -1, breachedOnly: false};

export function TopScreen({source, intervalMs, figuresEveryMs, ascii, size}: TopProps) {
	const window = useWindowSize();
	const columns = size?.columns ?? window.columns;
	const rows = size?.rows ?? window.rows;
	const {exit} = useApp();
	const [snapshot, setSnapshot] = useState<DashboardSnapshot | null>(null);
	const [figures, setFigures] = useState<Figure[] | null>(null);
	const [problem, setProblem] = useState<string | null>(null);
	const [pick, setPick] = useState<Choice>(noChoice);
	const [selected, setSelected] = useState(0);
	const [opened, setOpened] = useState<{conversation: Conversation; offset: number} | null>(null);
	const teams = snapshot?.teams ?? [];
	const agents = (snapshot?.agents ?? []).filter(agent => agent.role !== 'bot');
	const filter: OverviewFilter = {
		...(pick.team >= 0 && teams[pick.team] ? {teamId: teams[pick.team]!.id} : {}),
		...(pick.agent >= 0 && agents[pick.agent] ? {agentId: agents[pick.agent]!.id} : {}),
		...(pick.breachedOnly ? {breachedOnly: true} : {}),
	};
	const filterKey = JSON.stringify(filter);
	const lastFigures = useRef<{key: string; at: number} | null>(null);

	// The overview every interval (a failed read keeps the last numbers on screen), the figures at most every figuresEveryMs.
	const refreshNow = useRefreshLoop(
		async live => {
			const wanted = JSON.parse(filterKey) as OverviewFilter;
			try {
				const next = await source.overview(wanted);
				if (!live()) return;
				setSnapshot(next);
				setProblem(null);
			} catch (error) {
				if (live()) setProblem(toDeskError(error).message);
			}
			const seen = lastFigures.current;
			if (!live() || (seen && seen.key === filterKey && Date.now() - seen.at < figuresEveryMs)) return;
			lastFigures.current = {key: filterKey, at: Date.now()};
			try {
				const list = await source.figures(wanted);
				if (live()) setFigures(list);
			} catch (error) {
				if (live()) setProblem(toDeskError(error).message);
			}
		},
		intervalMs,
		[source, figuresEveryMs, filterKey],
	);

	const alerts = snapshot ? alertList(snapshot).alerts : [];
	const open = useCallback(
		(id: string) => {
			source.conversation(id).then(
				conversation => setOpened({conversation, offset: 0}),
				(error: unknown) => setProblem(toDeskError(error).message),
			);
		},
		[source],
	);

	useInput((input, key) => {
		if (key.ctrl && input === 'c') return exit();
		if (opened) {
			const page = Math.max(1, rows - 2);
			if (key.escape || input === 'q' || key.backspace || key.leftArrow) setOpened(null);
			else if (input === 'j' || key.downArrow) setOpened({...opened, offset: opened.offset + 1});
			else if (input === 'k' || key.upArrow) setOpened({...opened, offset: Math.max(0, opened.offset - 1)});
			else if (input === ' ' || key.pageDown) setOpened({...opened, offset: opened.offset + page});
			else if (key.pageUp) setOpened({...opened, offset: Math.max(0, opened.offset - page)});
			return;
		}
		const cycle = (current: number, count: number) => (current + 1 >= count ? -1 : current + 1);
		if (input === 'q' || key.escape) exit();
		else if (input === 't') setPick({...pick, team: cycle(pick.team, teams.length)});
		else if (input === 'a') setPick({...pick, agent: cycle(pick.agent, agents.length)});
		else if (input === 'b') setPick({...pick, breachedOnly: !pick.breachedOnly});
		else if (input === 'c') setPick(noChoice);
		else if (input === 'r') refreshNow();
		else if (input === 'j' || key.downArrow) setSelected(Math.min(Math.max(0, alerts.length - 1), selected + 1));
		else if (input === 'k' || key.upArrow) setSelected(Math.max(0, selected - 1));
		else if (key.return && alerts[selected]) open(alerts[selected]!.id);
	});

	const height = Math.max(4, rows);
	let lines: string[];
	if (opened) {
		const body = conversationLines(opened.conversation, columns);
		const room = height - 1;
		const offset = Math.min(opened.offset, Math.max(0, body.length - room));
		lines = [...body.slice(offset, offset + room), 'read-only · j/k scroll · Space page · Esc back'];
	} else if (!snapshot) {
		lines = [problem ? `deskterm top: could not read the desk: ${problem} (retrying every ${Math.round(intervalMs / 1000)}s; q quits)` : 'deskterm top: reading the desk…'];
	} else {
		lines = dashboardLines(snapshot, {
			width: columns,
			height,
			label: source.label,
			intervalSeconds: Math.round(intervalMs / 1000),
			ascii,
			filter: {team: filter.teamId ? (teams[pick.team]?.name ?? null) : null, agent: filter.agentId ? (agents[pick.agent]?.name ?? null) : null, breachedOnly: pick.breachedOnly},
			selected: Math.min(selected, Math.max(0, alerts.length - 1)),
			figures: figures ? {since: `last ${source.since}`, list: figures} : null,
			agents: snapshot.agents,
			problem,
		});
	}
	return (
		<Box flexDirection="column" width={columns} height={height}>
			{lines.map((line, index) => (
				<Text key={index} wrap="truncate-end" bold={index === 0 && !opened}>
					{line === '' ? ' ' : line}
				</Text>
			))}
		</Box>
	);
}
