// Loads triage, suggestions and templates once the queue is on screen (their code is a chunk of its own), and
// redraws as background scores arrive, a few times a second at most.
import {useEffect, useRef, useState} from 'react';
import type {DeskSession} from '../session/desk-session.js';
import type {AssistKit} from '../../operations/assist-kit.js';
import type {SentenceEncode} from '../../operations/sentence-encoding.js';

/** What the console needs to find the templates; the rest comes from the context (config and data folders). */
export type AssistSources = {
	templateSources: readonly string[];
	/** Another sentence encoder than the child process (tests hand in a small deterministic one). */
	encoder?: () => Promise<SentenceEncode>;
};

export type AssistState = {
	kit: AssistKit | null;
	/** Bumped when triage scores arrive. */
	triageVersion: number;
};

const redrawEveryMs = 250;

export function useAssist(session: DeskSession, sources: AssistSources | null, queueReady: boolean, warn: (text: string) => void, inform: (text: string) => void = warn): AssistState {
	const [kit, setKit] = useState<AssistKit | null>(null);
	const [triageVersion, setTriageVersion] = useState(0);
	// Once the queue has been on screen, later reloads (which empty it for a moment) keep what was loaded.
	const shown = useRef(false);
	if (queueReady) shown.current = true;
	const start = sources !== null && shown.current;
	useEffect(() => {
		if (!start || sources === null) return;
		let live = true;
		let opened: AssistKit | undefined;
		// After the frame that shows the queue: parsing this chunk and reading files must not delay it.
		const timer = setImmediate(() => {
			import('../../operations/assist-kit.js')
				.then(({openAssistKit}) =>
					openAssistKit({
						provider: session.provider,
						clock: session.context.clock,
						templateSources: sources.templateSources,
						configDir: session.context.paths.configDir,
						dataDir: session.context.paths.dataDir,
						env: session.context.env,
						readOnly: session.context.readOnly,
						encoderEntry: session.context.encoderEntry,
						...(sources.encoder ? {encoder: sources.encoder} : {}),
					}),
				)
				.then(
					loaded => {
						opened = loaded;
						if (!live) return loaded.close();
						setKit(loaded);
						for (const notice of loaded.notices) warn(notice);
						// Quietly, after the kit is up: one line when something new was learned, nothing otherwise.
						loaded.harvest().then(
							line => live && line !== null && inform(line),
							(error: unknown) => live && warn(`Could not learn from the closed conversations: ${error instanceof Error ? error.message : String(error)}`),
						);
					},
					(error: unknown) => live && warn(`Triage and suggestions are off: ${error instanceof Error ? error.message : String(error)}`),
				);
		});
		return () => {
			live = false;
			clearImmediate(timer);
			opened?.close();
		};
	}, [start, session, sources]);

	const report = useRef(warn);
	report.current = warn;
	useEffect(() => {
		const runner = kit?.triage?.runner;
		if (!runner) return;
		let timer: NodeJS.Timeout | undefined;
		let reported: string | null = null;
		const unsubscribe = runner.subscribe(() => {
			// A desk that cannot be read says so once; the next reload or the minute's rescore tries again.
			const {error} = runner.progress();
			if (error !== null && error !== reported) {
				report.current(`Triage could not read the desk: ${error}`);
				reported = error;
			}
			timer ??= setTimeout(() => {
				timer = undefined;
				setTriageVersion(version => version + 1);
			}, redrawEveryMs);
		});
		return () => {
			unsubscribe();
			clearTimeout(timer);
		};
	}, [kit]);
	return {kit, triageVersion};
}
