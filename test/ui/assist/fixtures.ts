// Small template files and a desk for the console's triage, suggestions and template tests (written for these tests).
import type {Conversation} from '../../../source/domain/conversation.js';
import {makeConversation, makeCustomer, testNow} from '../../helpers/conversations.js';

const hour = 3_600_000;

export const templateFiles: Record<string, string> = {
	'billing/refund-approved.md': `---
id: refund-approved
title: Refund approved
tags: [refund, money back, billing]
shortcut: refund
actions:
  add_tags: [refund-issued]
  status: pending
---
Hi {{customer.first_name | there}},

I've refunded {{refund_amount}} to the card you paid with. It shows up within 5 to 10 working days.

{{agent.first_name}}
`,
	'billing/refund-approved.de.md': `---
id: refund-approved
title: Erstattung veranlasst
language: de
tags: [refund, erstattung]
shortcut: refund
---
Hallo {{customer.first_name | zusammen}},

ich habe {{refund_amount}} auf Ihre Karte erstattet.

{{agent.first_name}}
`,
	'billing/duplicate-charge.md': `---
id: duplicate-charge
title: Charged twice
tags: [billing, charged twice, duplicate charge, double charge]
shortcut: dupe
actions:
  add_tags: [duplicate-charge]
  priority: high
---
Hi {{customer.first_name | there}},

You're right: the March invoice was charged twice. I've reversed the second charge.

{{agent.first_name}}
`,
	'billing/cancellation.md': `---
id: cancellation
title: Cancellation request
tags: [cancel, cancellation, subscription]
shortcut: cancel
human_only: true
---
Hi {{customer.first_name | there}},

I'm sorry to see you go. I can cancel your subscription today.
`,
	'general/data-export.md': `---
id: data-export
title: How to export your data
tags: [export, data, download]
shortcut: export
---
Hi {{customer.first_name | there}},

Go to Settings, then Export, and choose the format you need.
`,
	'technical/webhook-failures.md': `---
id: webhook-failures
title: Webhook failures
tags: [webhook, api, 401, integration]
shortcut: webhook
---
Hi {{customer.first_name | there}},

A 401 from your webhook endpoint means the signing secret changed. Rotate it under Settings, Developers.
`,
	'broken.md': `---
title: [this is not closed
---
Body
`,
};

/** Four conversations: the most severe one belongs to another agent, so `n` must pass it over. */
export function assistDesk(): Conversation[] {
	return [
		makeConversation({
			id: '201',
			subject: 'Charged twice for March',
			priority: 'high',
			customer: makeCustomer({id: 'c1', name: 'Ada Lovelace', email: 'ada@example.com'}),
			createdAt: testNow - 3 * hour,
			messages: [{kind: 'customer', body: 'Hi, my card was charged twice for the March invoice. Please refund the second charge.'}],
		}),
		makeConversation({
			id: '202',
			subject: 'How do I export my data?',
			priority: 'low',
			customer: makeCustomer({id: 'c2', name: 'Alan Turing', email: 'alan@example.org', plan: 'free'}),
			createdAt: testNow - 1 * hour,
			messages: [{kind: 'customer', body: 'Where is the button to export and download my data?'}],
		}),
		makeConversation({
			id: '203',
			subject: 'Production webhook down',
			priority: 'urgent',
			channel: 'chat',
			customer: makeCustomer({id: 'c3', name: 'Grace Hopper', email: 'grace@navy.example', plan: 'enterprise', vip: true, language: 'de'}),
			createdAt: testNow - 2 * hour,
			messages: [{kind: 'customer', body: 'URGENT: our production webhook returns 401 since this morning and we are losing money!'}],
		}),
		makeConversation({
			id: '204',
			subject: 'Lawyer involved: data breach',
			priority: 'urgent',
			assigneeId: 'a2',
			assigneeName: 'Omar Haddad',
			customer: makeCustomer({id: 'c4', name: 'Katherine Johnson', email: 'kj@example.com', plan: 'enterprise', vip: true}),
			createdAt: testNow - 30 * hour,
			messages: [{kind: 'customer', body: 'This is urgent. Our lawyer says your data breach exposed our customers. We will go to the press.'}],
		}),
	];
}
