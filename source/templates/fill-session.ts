// The composer's Tab-through prompts as a pure model: fields in order, move between them, set values.
import {findUnfilledFields} from './placeholders.js';

export type SessionField = {
	name: string;
	key: string;
	/** Where the field (its marker, or the value typed into it) sits in the text now; end exclusive. */
	start: number;
	end: number;
	/** The value typed in, or null while the marker is still there. */
	value: string | null;
};

export type FillSession = {
	text: string;
	fields: SessionField[];
	/** Index of the field being filled; -1 when there is nothing to fill. */
	current: number;
};

/** Starts at the first field at or after the cursor (where a template was just inserted). */
export function createFillSession(text: string, cursor = 0): FillSession {
	const fields = findUnfilledFields(text).map(field => ({...field, value: null}));
	if (fields.length === 0) return {text, fields, current: -1};
	const atCursor = fields.findIndex(field => field.start >= cursor);
	return {text, fields, current: atCursor === -1 ? 0 : atCursor};
}

export function currentField(session: FillSession): SessionField | undefined {
	return session.fields[session.current];
}

/** Tab: the next field, wrapping around. */
export function nextField(session: FillSession): FillSession {
	if (session.fields.length === 0) return session;
	return {...session, current: (session.current + 1) % session.fields.length};
}

/** Shift+Tab: the previous field, wrapping around. */
export function previousField(session: FillSession): FillSession {
	if (session.fields.length === 0) return session;
	return {...session, current: (session.current - 1 + session.fields.length) % session.fields.length};
}

/** Puts a value into the current field; an empty value brings the marker back. */
export function setFieldValue(session: FillSession, value: string): FillSession {
	const field = currentField(session);
	if (!field) return session;
	const filled = value === '' ? null : value;
	const replacement = filled ?? `{{${field.name}}}`;
	const delta = replacement.length - (field.end - field.start);
	const text = session.text.slice(0, field.start) + replacement + session.text.slice(field.end);
	const fields = session.fields.map((other, index) => {
		if (index === session.current) return {...other, end: other.start + replacement.length, value: filled};
		return other.start > field.start ? {...other, start: other.start + delta, end: other.end + delta} : other;
	});
	return {...session, text, fields};
}

/** Enter or Tab after typing: set the value, then go to the next field still empty (if any). */
export function fillAndAdvance(session: FillSession, value: string): FillSession {
	const filled = setFieldValue(session, value);
	const count = filled.fields.length;
	for (let step = 1; step <= count; step++) {
		const index = (filled.current + step) % count;
		if (filled.fields[index]?.value === null) return {...filled, current: index};
	}
	return filled;
}

export function isSessionComplete(session: FillSession): boolean {
	return session.fields.every(field => field.value !== null);
}

/** The reply text and the fields still unfilled. */
export function sessionResult(session: FillSession): {text: string; unfilled: SessionField[]} {
	return {text: session.text, unfilled: session.fields.filter(field => field.value === null)};
}
