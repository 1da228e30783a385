// The developer platform: webhooks, rate limits and the Python SDK.
import {pressingPriorities, usualPriorities, type Topic} from './topic.js';

const developerChannels = [['email', 65], ['chat', 35]] as const;

export const webhooks: Topic = {
	id: 'webhooks',
	team: 'technical',
	weight: 5,
	tags: ['api', 'webhooks', 'integration'],
	channels: developerChannels,
	priorities: pressingPriorities,
	subjects: ['Webhooks stopped firing', 'Webhook signature verification fails', '{webhook_event} webhook never arrives', 'Duplicate webhook deliveries', 'Webhook endpoint disabled?'],
	openings: [
		'Our webhook endpoint has not received any {webhook_event} events since {weekday} morning. Nothing changed on our side.',
		'We verify the X-Northwind-Signature header as the docs describe, but since yesterday every delivery fails verification.',
		'We are getting each {webhook_event} webhook two or three times, sometimes minutes apart. Is that expected?',
		'The dashboard says our webhook endpoint was disabled after repeated failures. Our server was down for 20 minutes during a deploy. How do we turn it back on and replay what we missed?',
	],
	details: [
		'Endpoint: https://hooks.{company_domain}/northwind. It returns 200 within 300 ms.',
		'Account id is {account}.',
		'This blocks our order sync for {seats} stores.',
		'We use the raw request body for the HMAC, not the parsed JSON.',
		'Request id from your side: req_{digits}.',
	],
	followUps: ['Any update? We are still missing events.', 'Replay worked for most, but 12 events are still missing.', 'Confirmed, signatures verify again. Thanks!', 'Is there a status page we can subscribe to?'],
	replies: [
		'Hi {first}, thanks for the details. I can see our deliveries to your endpoint timing out since {weekday}; our logs show the TLS handshake failing. Did your certificate change recently?',
		'Deliveries are at-least-once, so the same event can arrive more than once; use the event id to de-duplicate. That said, three copies is more than usual, so I am checking the retry logs.',
		'Signature verification must use the raw body bytes. We rotated the signing secret on {weekday} for accounts that asked for it; can you check that your secret matches the one in Dashboard > Developers > Webhooks?',
		'I re-enabled your endpoint. You can replay the missed events from Dashboard > Developers > Webhooks > Event log, up to 7 days back.',
	],
	resolutions: ['I replayed the remaining 12 events manually; they were delivered with 200 responses.', 'Our engineers fixed a retry bug that caused the duplicates; it is deployed now.'],
	botAnswers: [],
	notes: ['Delivery logs: TLS handshake failures since the customer renewed the cert (missing intermediate).', 'Raised ENG-1402 for the duplicate deliveries, 4 other accounts affected.'],
	pages: ['https://example.com/developers/webhooks', 'https://example.com/developers/webhooks/signatures'],
	upset: 0.2,
};

export const rateLimits: Topic = {
	id: 'rate-limits',
	team: 'technical',
	weight: 4,
	tags: ['api', 'rate-limit', '429'],
	channels: developerChannels,
	priorities: usualPriorities,
	subjects: ['Getting 429 Too Many Requests', 'Rate limit for the Order API', 'Can we raise our API limit?', 'API throttling during sales'],
	openings: [
		'Since this morning our calls to {endpoint} get HTTP 429 after about 50 requests. The docs say the limit is 100 per second.',
		'We are syncing {seats} stores and keep hitting the rate limit on {endpoint}. Is there a higher limit on the {plan} plan?',
		'What is the rate limit for the Order API and is it per key or per account? We use three keys.',
	],
	details: ['We do back off using the Retry-After header.', 'Our peak is during the Black Friday sale next week.', 'We batch requests in groups of 20.'],
	followUps: ['Thanks, the bulk endpoint halves our calls. Can the limit still go up for next week?', 'Still 429s even with Retry-After.'],
	replies: [
		'Hi {first}, limits are per account, not per key: 100 requests per second on {plan}, shared across all your keys, which explains the 429s at 50 each.',
		'For large syncs the bulk endpoint (POST /v2/orders/batch, up to 500 orders per call) avoids most of the traffic. I can also raise your limit for the sale week; how many requests per second do you expect at peak?',
	],
	resolutions: ['I have raised your limit to 300 requests per second until the end of next month.', 'The extra 429s came from a misconfigured edge node in our EU region; it is fixed.'],
	botAnswers: ['The Order API allows 100 requests per second per account on most plans. When you get a 429, wait for the seconds in the Retry-After header. See example.com/developers/rate-limits.'],
	notes: ['Customer is on {plan}; temporary limit bump approved by the platform team.'],
	pages: ['https://example.com/developers/rate-limits', 'https://example.com/developers/api/orders'],
	upset: 0.1,
};

export const pythonSdk: Topic = {
	id: 'python-sdk',
	team: 'technical',
	weight: 4,
	tags: ['api', 'python', 'sdk', 'bug'],
	channels: developerChannels,
	priorities: usualPriorities,
	subjects: ['Python SDK error after upgrade', 'northwind-python {sdk} raises on list_orders', 'SDK auth error in Python', 'Python client timeout'],
	openings: [
		'After upgrading northwind-python to {sdk}, list_orders() fails with:\n\n  File "northwind/client.py", line 212, in _request\n    raise APIError(response.status_code, payload["error"])\nnorthwind.errors.APIError: (401) invalid_api_key\n\nThe same key works with curl.',
		'The Python SDK raises this on every call since this morning:\n\nTraceback (most recent call last):\n  File "sync.py", line 48, in <module>\n    orders = client.orders.list(status="paid")\nKeyError: \'next_cursor\'',
		'Using the Python SDK {sdk} behind our proxy, every request times out after 10 seconds (ReadTimeout). How do I pass proxy settings and a longer timeout?',
		'pip install northwind-python=={sdk} fails on Python 3.13 with "No matching distribution". Which versions are supported?',
	],
	details: ['We run it in AWS Lambda with Python 3.12.', 'Downgrading to 2.3.0 makes it work again.', 'Full traceback attached.', 'Our account id is {account}.'],
	followUps: ['Downgrade works for now, please let us know when it is fixed.', 'Tried the timeout parameter, still the same.', '2.5.1 fixed it, thanks.'],
	replies: [
		'Hi {first}, thanks for the traceback. {sdk} changed the default base URL to the v3 endpoint, which needs v3 keys. Pass base_url="https://api.example.com/v2" to Client() or create a v3 key in the dashboard.',
		'That KeyError is a bug in {sdk}: it expects next_cursor on the last page. Version 2.5.1, released today, fixes it; pip install -U northwind-python.',
		'You can pass Client(timeout=30, proxies={"https": "http://proxy:3128"}); the SDK forwards both to its HTTP session.',
	],
	resolutions: ['Glad 2.5.1 works. I have added a note to the changelog about the base URL change.', 'Wheels for Python 3.13 are published now.'],
	botAnswers: [],
	notes: ['Reproduced with {sdk} + v2 key. Filed SDK-219, fix in 2.5.1.', 'Developer hub page for the Python SDK still shows the old base URL; asked docs team to update.'],
	pages: ['https://example.com/developers/python-sdk', 'https://example.com/developers/api/orders'],
	upset: 0.1,
};
