import {DeskError} from '../domain/errors.js';

/** A usage mistake: exit code 2 and one line on stderr. */
export function usageError(message: string): DeskError {
	return new DeskError('usage', message);
}
