// The Tab-through prompts for template fields: typing fills the current field in the text, Enter accepts it.
import {
	currentField,
	fillAndAdvance,
	isSessionComplete,
	nextField,
	previousField,
	setFieldValue,
	type FillSession,
} from '../../../templates/fill-session.js';

export type FillState = {
	session: FillSession;
	/** What is typed into the current field (one line). */
	value: string;
	/** Characters after the inserted template: where the cursor goes when every field is filled. */
	tail: number;
};

export type FillEvent =
	| {type: 'type'; text: string}
	| {type: 'backspace'}
	| {type: 'clear'}
	| {type: 'next'}
	| {type: 'previous'}
	| {type: 'accept'}
	| {type: 'stop'};

export function startFill(session: FillSession, tail: number): FillState | null {
	const field = currentField(session);
	return field ? {session, value: field.value ?? '', tail} : null;
}

/** The next prompt state (null when filling ends) and where the cursor goes in the text. */
export function fillReducer(state: FillState, event: FillEvent): {fill: FillState | null; cursor: number} {
	const at = (session: FillSession) => currentField(session)?.end ?? session.text.length;
	const typed = (value: string) => {
		const session = setFieldValue(state.session, value);
		return {fill: {...state, session, value}, cursor: at(session)};
	};
	switch (event.type) {
		case 'type':
			return typed(state.value + event.text.replace(/[\r\n\t]+/g, ' '));
		case 'backspace':
			return typed([...state.value].slice(0, -1).join(''));
		case 'clear':
			return typed('');
		case 'next':
		case 'previous': {
			const session = event.type === 'next' ? nextField(state.session) : previousField(state.session);
			return {fill: {...state, session, value: currentField(session)?.value ?? ''}, cursor: at(session)};
		}
		case 'accept': {
			const session = fillAndAdvance(state.session, state.value);
			if (isSessionComplete(session)) return {fill: null, cursor: Math.max(0, session.text.length - state.tail)};
			return {fill: {...state, session, value: currentField(session)?.value ?? ''}, cursor: at(session)};
		}
		case 'stop':
			return {fill: null, cursor: at(state.session)};
	}
}
