// useReducer whose newest state can be read at once: keys typed faster than a render must see each other's effect.
import {useCallback, useRef, useState, type Dispatch} from 'react';

export function useEagerReducer<State, Action>(reducer: (state: State, action: Action) => State, initial: () => State): [State, Dispatch<Action>, () => State] {
	const latest = useRef<State | undefined>(undefined);
	if (latest.current === undefined) latest.current = initial();
	const [state, setState] = useState<State>(latest.current);
	const dispatch = useCallback(
		(action: Action) => {
			latest.current = reducer(latest.current as State, action);
			setState(latest.current);
		},
		[reducer],
	);
	const read = useCallback(() => latest.current as State, []);
	return [state, dispatch, read];
}
