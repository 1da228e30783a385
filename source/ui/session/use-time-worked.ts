// The console's time tracking: a timer for the conversation the agent has open (docs/metrics.md has the
// rule), recorded through operations/time-worked when the agent leaves it, sends, or quits. Only when the
// back end keeps time worked and the console may write; a failed record is one warning, success is silent.
import {useInput} from 'ink';
import {useLayoutEffect, useRef} from 'react';
import type {Context} from '../../context.js';
import {toDeskError} from '../../domain/errors.js';
import {holdTimer, markActive, releaseTimer, secondsToRecord, startTimer, workedMs, type WorkTimer} from '../../domain/metrics/time-worked.js';
import {recordsTimeWorked, recordTimeWorked} from '../../operations/time-worked.js';
import type {HelpdeskProvider} from '../../providers/provider.js';

export type TimeWorked = {
	/** What the status bar shows for the open conversation, or null when nothing is timed. */
	shownMs: () => number | null;
	/** After a reply or note to `id` stands: its time so far is recorded, the timer starts again. */
	sent: (id: string) => void;
	/** Around $EDITOR: that time counts whole. */
	hold: () => void;
	release: () => void;
	/** Records what is running (the console is quitting); resolves when the desk has it or gave up. */
	flush: () => Promise<void>;
};

type Options = {context: Context; provider: HelpdeskProvider; target: string | null; warn: (text: string) => void};

export function useTimeWorked({context, provider, target, warn}: Options): TimeWorked {
	const enabled = !context.readOnly && recordsTimeWorked(provider);
	const timer = useRef<WorkTimer | null>(null);
	const warnRef = useRef(warn);
	warnRef.current = warn;

	const record = (running: WorkTimer | null, at: number): Promise<void> => {
		const seconds = running === null ? null : secondsToRecord(running, at);
		if (running === null || seconds === null) return Promise.resolve();
		return recordTimeWorked(context, running.conversationId, seconds).catch(error => {
			warnRef.current(`time worked on #${running.conversationId} not recorded: ${toDeskError(error).message}`);
		});
	};

	useInput(() => {
		if (timer.current) timer.current = markActive(timer.current, context.clock());
	}, {isActive: enabled});

	// In the commit that shows the conversation, so the clock starts with what the agent sees.
	useLayoutEffect(() => {
		if (!enabled || target === null) return;
		timer.current = startTimer(target, context.clock());
		return () => {
			const running = timer.current;
			timer.current = null;
			void record(running, context.clock());
		};
	}, [enabled, target, context]);

	return {
		shownMs: () => (timer.current ? workedMs(timer.current, context.clock()) : null),
		sent(id) {
			const running = timer.current;
			const at = context.clock();
			// Under the minimum the clock keeps running: the next record takes that time with it.
			if (running?.conversationId !== id || secondsToRecord(running, at) === null) return;
			timer.current = startTimer(id, at);
			void record(running, at);
		},
		hold() {
			if (timer.current) timer.current = holdTimer(timer.current, context.clock());
		},
		release() {
			if (timer.current) timer.current = releaseTimer(timer.current, context.clock());
		},
		flush() {
			const running = timer.current;
			timer.current = null;
			return record(running, context.clock());
		},
	};
}
