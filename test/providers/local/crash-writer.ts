// A child process for the crash test: replies to conversations in a tight loop until it is killed.
import {openLocalProvider} from '../../../source/providers/local/local-provider.js';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: crash-writer <dataDir>');
const provider = await openLocalProvider({
	profile: {name: 'local', provider: 'local', settings: {}},
	paths: {dataDir, configDir: dataDir, templatesDir: dataDir},
	env: {},
	clock: Date.now,
});
const {conversations} = await provider.listQueue({limit: 50});
for (let written = 1; ; written++) {
	const target = conversations[written % conversations.length]!;
	await provider.reply(target.id, {body: `Reply number ${written}: ${'still working on it. '.repeat(written % 7)}`});
	if (written % 25 === 0) process.stdout.write(`written ${written}\n`);
}
