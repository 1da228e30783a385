import {describe, expect, it} from 'vitest';
import {cleanMessage} from '../../source/ranking/message-cleaning.js';

describe('cleaning a customer message', () => {
	it('drops the greeting line, the sign-off and the name under it', () => {
		const body = 'Hello,\n\nMy card was charged twice for order NW-1.\n\nBest regards,\nMarta Lindqvist\nData team, Fjord Retail';
		expect(cleanMessage(body)).toBe('My card was charged twice for order NW-1.');
	});

	it('drops quoted replies from their header on, and > lines', () => {
		const body = 'Still nothing arrived.\n> earlier words\n\nOn Mon, 2 Mar 2026, Northwind Support wrote:\n> We shipped it';
		expect(cleanMessage(body)).toBe('Still nothing arrived.');
		expect(cleanMessage('Toujours rien.\n\nLe 2 mars 2026, Support a écrit :\n> Colis expédié')).toBe('Toujours rien.');
	});

	it('drops a German and a Spanish sign-off, and a signature after "--"', () => {
		expect(cleanMessage('Hallo,\nich wurde doppelt belastet.\n\nViele Grüße\nJonas')).toBe('ich wurde doppelt belastet.');
		expect(cleanMessage('Mi pedido no ha llegado.\n\nSaludos,\nLucía')).toBe('Mi pedido no ha llegado.');
		expect(cleanMessage('The app crashes on start.\n--\nSent with care')).toBe('The app crashes on start.');
	});

	it('keeps a message that is only a greeting, and strips a call-summary prefix', () => {
		expect(cleanMessage('Hi there!')).toBe('Hi there!');
		expect(cleanMessage('Call summary: customer locked out after 2FA reset')).toBe('customer locked out after 2FA reset');
	});
});
