// A call that must fail with deskterm's one error type: the error, for the test to check its code and message.
import {expect} from 'vitest';
import {DeskError} from '../../source/domain/errors.js';

export async function rejection(promise: Promise<unknown>): Promise<DeskError> {
	const error = await promise.then(
		() => undefined,
		(thrown: unknown) => thrown,
	);
	expect(error).toBeInstanceOf(DeskError);
	return error as DeskError;
}
