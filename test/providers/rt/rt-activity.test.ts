// Time worked on RT: read TimeWorked, PUT it plus the minutes with If-Match, as RT 5.0.3 answers it.
import {afterEach, describe, expect, it} from 'vitest';
import {minutesFromSeconds} from '../../../source/providers/rt/rt-activity.js';
import {sendJson} from '../../helpers/loopback-server.js';
import {ticketOne} from './rt-fixtures.js';
import {closeScripted, openScripted} from './rt-scripted.js';

afterEach(closeScripted);

const at = Date.UTC(2026, 10, 22, 15, 0, 0);

describe('RT time worked', () => {
	it('rounds seconds to the whole minutes RT keeps', () => {
		expect([29, 30, 89, 90, 300, 3600].map(minutesFromSeconds)).toEqual([0, 1, 1, 2, 5, 60]);
	});

	it('adds the minutes to the ticket\'s TimeWorked, guarded by its ETag, and writes nothing else', async () => {
		const {provider, requests} = await openScripted((request, response) => {
			if (request.method === 'GET') return sendJson(response, 200, {...ticketOne, TimeWorked: '12'}, {etag: '"40"'});
			sendJson(response, 200, ['Ticket 1: Worked 5 minutes']);
		});
		expect(provider.recordActivity).toBeDefined();
		await provider.recordActivity!([
			{kind: 'worked', conversationId: '1', at, agentId: 'root', seconds: 300},
			{kind: 'template', conversationId: '1', at, agentId: 'root', templateId: 'refund', savedSeconds: 40},
			{kind: 'worked', conversationId: '1', at, agentId: 'root', seconds: 10},
		]);
		expect(requests.map(request => `${request.method} ${request.url}`)).toEqual(['GET /REST/2.0/ticket/1', 'PUT /REST/2.0/ticket/1']);
		expect(requests[1]!.headers['if-match']).toBe('"40"');
		expect(JSON.parse(requests[1]!.body)).toEqual({TimeWorked: '17'});
	});

	it('reads the total again once when someone changed the ticket in between', async () => {
		let puts = 0;
		const {provider, requests} = await openScripted((request, response) => {
			if (request.method === 'GET') return sendJson(response, 200, {...ticketOne, TimeWorked: puts === 0 ? '0' : '3'}, {etag: puts === 0 ? '"40"' : '"41"'});
			puts++;
			if (puts === 1) return sendJson(response, 412, {message: 'Precondition Failed'});
			sendJson(response, 200, ['Ticket 1: Worked 2 minutes']);
		});
		await provider.recordActivity!([{kind: 'worked', conversationId: '1', at, agentId: 'root', seconds: 120}]);
		const bodies = requests.filter(request => request.method === 'PUT').map(request => [request.headers['if-match'], JSON.parse(request.body)]);
		expect(bodies).toEqual([['"40"', {TimeWorked: '2'}], ['"41"', {TimeWorked: '5'}]]);
	});

	it('says so when RT refuses the change inside a 200 answer', async () => {
		const {provider} = await openScripted((request, response) => {
			if (request.method === 'GET') return sendJson(response, 200, ticketOne, {etag: '"40"'});
			sendJson(response, 200, ['Ticket 1: Permission Denied']);
		});
		await expect(provider.recordActivity!([{kind: 'worked', conversationId: '1', at, agentId: 'root', seconds: 60}])).rejects.toThrow(
			'Request Tracker refused to record 1 min worked on ticket 1: Permission Denied',
		);
	});
});
