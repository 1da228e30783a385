// Opens the desk after the first frame is on screen, so the console appears at once.
import {useEffect, useState} from 'react';
import type {Context} from '../../context.js';
import {toDeskError} from '../../domain/errors.js';
import {openDeskSession, type DeskSession} from './desk-session.js';

export type SessionState = {status: 'opening'} | {status: 'ready'; session: DeskSession} | {status: 'error'; message: string};

export function useDeskSession(context: Context): SessionState {
	const [state, setState] = useState<SessionState>({status: 'opening'});
	useEffect(() => {
		let live = true;
		openDeskSession(context).then(
			session => live && setState({status: 'ready', session}),
			(error: unknown) => live && setState({status: 'error', message: toDeskError(error).message}),
		);
		return () => {
			live = false;
		};
	}, [context]);
	return state;
}
