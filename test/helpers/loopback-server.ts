// A scripted HTTP server on 127.0.0.1 for tests: each request is recorded and answered by the handler.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';

export type RecordedRequest = {method: string; url: string; headers: IncomingMessage['headers']; body: string};

export type Handler = (request: RecordedRequest, response: ServerResponse, index: number) => void;

export type LoopbackServer = {
	url: string;
	requests: RecordedRequest[];
	close(): Promise<void>;
};

export async function startLoopbackServer(handler: Handler): Promise<LoopbackServer> {
	const requests: RecordedRequest[] = [];
	const server = createServer((incoming, response) => {
		const chunks: Buffer[] = [];
		incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
		incoming.on('end', () => {
			const recorded = {
				method: incoming.method ?? '',
				url: incoming.url ?? '',
				headers: incoming.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			};
			requests.push(recorded);
			handler(recorded, response, requests.length - 1);
		});
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		close: () =>
			new Promise<void>(resolve => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	response.writeHead(status, {'content-type': 'application/json', ...headers});
	response.end(JSON.stringify(body));
}
