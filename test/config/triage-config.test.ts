// The triage YAML files: defaults round-trip, and every bad entry gets its own message with a line number.
import {mkdtemp, mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {defaultTriageYaml, loadTriageConfig, loadTriageSettings, parseTriageFile, writeDefaultTriageFiles} from '../../source/config/triage-config.js';
import {defaultTriageSettings} from '../../source/triage/triage-config.js';

let configDir: string;
beforeEach(async () => {
	configDir = await mkdtemp(join(tmpdir(), 'deskterm-triage-'));
});
afterEach(async () => {
	await rm(configDir, {recursive: true, force: true});
});

async function writeTriageFile(name: string, text: string) {
	await mkdir(join(configDir, 'triage'), {recursive: true});
	await writeFile(join(configDir, 'triage', name), text);
}

describe('triage config files', () => {
	it('uses the shipped defaults when no file exists', async () => {
		const loaded = await loadTriageSettings(configDir);
		expect(loaded.problems).toEqual([]);
		expect(loaded.files.every(file => !file.present)).toBe(true);
		expect(loaded.settings).toEqual(defaultTriageSettings());
	});

	it('writes the defaults as YAML that reads back to the same settings, and never overwrites', async () => {
		await writeTriageFile('routing.yaml', 'escalationTeam: Triage\nrules: []\n');
		const first = await writeDefaultTriageFiles(configDir);
		expect(first.kept).toEqual([join(configDir, 'triage', 'routing.yaml')]);
		expect(first.written).toHaveLength(2);
		expect(await readFile(join(configDir, 'triage', 'routing.yaml'), 'utf8')).toBe('escalationTeam: Triage\nrules: []\n');
		for (const [id, text] of Object.entries(defaultTriageYaml())) {
			expect(parseTriageFile(id as 'routing', text, id).problems).toEqual([]);
		}
		const loaded = await loadTriageSettings(configDir);
		expect(loaded.settings.serviceTargets).toEqual(defaultTriageSettings().serviceTargets);
		expect(loaded.settings.channelMap).toEqual(defaultTriageSettings().channelMap);
		expect(loaded.settings.routing).toEqual({escalationTeam: 'Triage', rules: []});
	});

	it('reports each bad routing rule separately, with its number, name, field and line', () => {
		const text = [
			'escalationTeam: Escalations',
			'rules:',
			'  - name: Developers',
			'    team: Technical Support',
			'    when: {keywords: [python, api]}',
			'  - name: Everything',
			'    team: Billing',
			'    when: {}',
			'  - name: Big spenders',
			'    team: Customer Success',
			'    when:',
			'      monthlySpend: {min: 500, max: 100}',
			'  - team: Shipping & Orders',
			'    when: {channel: [fax]}',
			'',
		].join('\n');
		const {problems} = parseTriageFile('routing', text, 'routing.yaml');
		expect(problems.map(problem => `${problem.line}: ${problem.message}`)).toEqual([
			'8: rule #2 "Everything": when: no conditions: this rule would take every conversation (leave it out; escalationTeam takes what no rule places)',
			'12: rule #3 "Big spenders": when.monthlySpend: min is larger than max',
			'13: rule #4: name: Invalid input: expected string, received undefined',
			'14: rule #4: when.channel.0: a channel is one of email, chat, social, phone',
		]);
	});

	it('reports YAML syntax errors with their line', () => {
		const {problems} = parseTriageFile('routing', 'escalationTeam: X\nrules:\n  - name: [unclosed\n', 'routing.yaml');
		expect(problems[0]).toMatchObject({file: 'routing.yaml', message: expect.stringMatching(/^not valid YAML/)});
		expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
	});

	it('checks service targets: time zone, hours, holidays, durations and risk share', () => {
		const text = [
			'timezone: Mars/Olympus',
			'hours:',
			'  mon-fri: "09:00-17:00"',
			'  weekend: "10:00-12:00"',
			'  sat: "18:00-09:00"',
			'holidays: [25.12.2026]',
			'risk: {share: 120%}',
			'targets:',
			'  email:',
			'    urgent: {firstResponse: soon}',
			'  fax: {}',
		].join('\n');
		const {problems} = parseTriageFile('serviceTargets', text, 'service-targets.yaml');
		expect(problems.map(problem => `${problem.line}: ${problem.message}`)).toEqual([
			'1: timezone: unknown time zone (use an IANA name such as Europe/Berlin or America/New_York)',
			'6: holidays.0: holidays are dates like 2026-12-25',
			'7: risk.share: "120%" is not a share between 0 and 1 (e.g. 0.75 or 75%)',
			'10: targets.email.urgent.firstResponse: "soon" is not a duration (use 90s, 5m, 24h, 3d or 1h30m)',
			'11: targets: unknown key "fax"',
		]);
		const hours = parseTriageFile('serviceTargets', 'hours:\n  mon-fri: "09:00-17:00"\n  weekend: "10:00-12:00"\n  sat: "18:00-09:00"\n', 'f');
		expect(hours.problems.map(problem => `${problem.line}: ${problem.message}`)).toEqual([
			'3: hours: "weekend" is not a day or day range (use mon, tue ... sun, or a range like mon-fri)',
			'4: hours: "18:00-09:00" is not a list of hours (use "09:00-17:00", "09:00-12:00, 13:00-17:00" or "closed")',
		]);
	});

	it('lays a partial service-targets file over the defaults', () => {
		const text = 'timezone: Europe/Berlin\nhours: {mon-fri: "09:00-12:00, 13:00-17:00"}\nholidays: [2026-12-25]\ntargets:\n  email:\n    urgent: {firstResponse: 2h}\n';
		const {value, problems} = parseTriageFile('serviceTargets', text, 'f');
		expect(problems).toEqual([]);
		const targets = value as ReturnType<typeof defaultTriageSettings>['serviceTargets'];
		expect(targets.table.email.urgent).toEqual({firstResponse: 2 * 3_600_000, resolution: 18 * 3_600_000});
		expect(targets.table.email.normal).toEqual(defaultTriageSettings().serviceTargets.table.email.normal);
		expect(targets.coverage.weekly![1]).toEqual([{start: 540, end: 720}, {start: 780, end: 1020}]);
		expect(targets.coverage.weekly![0]).toEqual([]);
		expect(targets.coverage.holidays).toEqual(['2026-12-25']);
	});

	it('checks the channel map: keys, channel names, and a primary that differs from the secondary', () => {
		const text = 'LLL: [article, chatbot]\nLLX: [article, chatbot]\nHHH: [phone, phone]\nMMM: [pigeon, phone]\nlhm: {primary: phone, secondary: chat-agent}\n';
		const {problems} = parseTriageFile('channelMap', text, 'channel-map.yaml');
		expect(problems.map(problem => `${problem.line}: ${problem.message}`)).toEqual([
			'2: LLX: keys are three level letters, complexity-severity-effort, each L, M or H (e.g. LHM)',
			'3: HHH: primary and secondary are the same channel',
			'4: MMM: give [primary, secondary], e.g. [article, chatbot]',
		]);
		const good = parseTriageFile('channelMap', 'lhm: {primary: phone, secondary: chat-agent}\n', 'f');
		expect((good.value as Record<string, unknown>)['LHM']).toEqual({primary: 'phone', secondary: 'chat-agent'});
	});

	it('refuses to score with a broken file, listing every problem', async () => {
		await writeTriageFile('channel-map.yaml', 'HHH: [phone, phone]\n');
		await writeTriageFile('routing.yaml', 'rules: []\n');
		await expect(loadTriageConfig(configDir)).rejects.toThrow(/routing\.yaml:1: escalationTeam: .*\n.*channel-map\.yaml:1: HHH: primary and secondary are the same channel/);
	});
});
