// The keyword groups triage listens for; each language file fills them (English is always included).

export const lexiconGroups = [
	'howTo', // the customer asks how to do something: an article or a bot can walk them through
	'faq', // a common question with a known answer (policies, hours, tracking, password reset)
	'orderTopic', // about an order: we need its number
	'accountTopic', // about an account: we need to know which one
	'vague', // "it doesn't work": nothing to go on yet
	'technical', // errors, APIs, integrations: someone must diagnose
	'repair', // something physical or installed is broken and needs fixing or replacing
	'urgency',
	'distress',
	'reputation', // public posts, reviews, lawyers, press
	'safety', // injury, fire, fraud, account takeover
	'outage', // a service the customer relies on is down for them (or for everyone)
	'money', // refunds, charges, payments
	'purchaseDecision', // a sale waits on the answer
	'repeat', // the customer has asked before
	'notDelivered', // something bought or promised has not arrived or does not work yet
	'purchaseContext', // it was bought, ordered, paid for
	'cancellation',
	'upgrade',
	'billingDispute',
] as const;

export type LexiconGroup = (typeof lexiconGroups)[number];
export type Lexicon = Partial<Record<LexiconGroup, readonly string[]>>;
