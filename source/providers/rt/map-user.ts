// RT users -> agents and customers, queues -> teams. A user's id in deskterm is the RT user name.
import type {Agent, Customer, Team} from '../../domain/conversation.js';
import {timeFromRt} from './map-dates.js';
import type {RtQueue, RtRef, RtUser} from './rt-schemas.js';

/** The name RT writes in Owner when nobody owns the ticket. */
export const nobody = 'Nobody';

/** How a person is shown: the real name, else the email, else the user name. */
export function displayName(user: Pick<RtRef, 'id' | 'Name' | 'RealName' | 'EmailAddress'>): string {
	return user.RealName?.trim() || user.EmailAddress?.trim() || user.Name?.trim() || user.id;
}

/** The user name a reference points to (refs carry it as id; numeric ids only in history values). */
export function userName(ref: Pick<RtRef, 'id' | 'Name'>): string {
	return ref.Name?.trim() || ref.id;
}

export function agentFromRt(user: RtUser): Agent {
	return {id: user.Name, name: displayName(user), email: user.EmailAddress ?? '', teamIds: [], role: 'agent'};
}

export function customerFromRt(user: RtUser): Customer {
	const attributes: Record<string, string> = {};
	for (const field of user.CustomFields ?? []) {
		const values = field.values.filter((value): value is string => typeof value === 'string');
		if (values.length > 0) attributes[field.name] = values.join(', ');
	}
	return {
		id: user.Name,
		name: displayName(user),
		email: user.EmailAddress ?? '',
		company: user.Organization?.trim() || null,
		companyType: null,
		plan: null,
		monthlySpend: null,
		customerSince: timeFromRt(user.Created),
		language: user.Lang?.trim() || 'en',
		productsInUse: [],
		vip: false,
		attributes,
	};
}

/** A requestor RT knows only by reference (no user record readable): what the ticket told us. */
export function customerFromRef(ref: RtRef): Customer {
	return customerFromRt({
		id: ref.id,
		Name: userName(ref),
		RealName: ref.RealName ?? '',
		EmailAddress: ref.EmailAddress ?? (ref.id.includes('@') ? ref.id : ''),
		CustomFields: [],
	});
}

export function teamFromRt(queue: RtQueue): Team {
	return {id: queue.id, name: queue.Name};
}
