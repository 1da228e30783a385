// Everything scoring needs, compiled once: targets with their business clock, routing, channel map, keyword matchers.
import {createBusinessClock, type BusinessClock} from '../domain/service-targets/business-clock.js';
import {defaultServiceTargets, type ServiceTargets} from '../domain/service-targets/service-targets.js';
import {defaultChannelMap, type ChannelMap} from './channel-map/channel-map.js';
import {lexiconGroups} from './lexicon/groups.js';
import {baseLanguage, lexiconEntries} from './lexicon/lexicons.js';
import {defaultRoutingRules} from './routing/default-routing.js';
import type {RoutingRules} from './routing/routing-rules.js';
import {compilePhrases, type PhraseEntry, type PhraseMatcher} from './text/phrase-matcher.js';

export type TriageSettings = {
	serviceTargets: ServiceTargets;
	routing: RoutingRules;
	channelMap: ChannelMap;
};

export type TriageConfig = TriageSettings & {
	clock: BusinessClock;
	/** One matcher per language (by tag and base tag): lexicon groups first, then one key per routing rule. */
	matcherFor(language: string): PhraseMatcher;
	/** Where routing rule keys start in a matcher's hits. */
	routingOffset: number;
};

export function compileTriageConfig(settings: TriageSettings): TriageConfig {
	const routingOffset = lexiconGroups.length;
	const routingEntries: PhraseEntry[] = settings.routing.rules.flatMap((rule, index) =>
		(rule.when.keywords ?? []).map(phrase => ({key: routingOffset + index, phrase})),
	);
	const keyCount = routingOffset + settings.routing.rules.length;
	const matchers = new Map<string, PhraseMatcher>();
	return {
		...settings,
		clock: createBusinessClock(settings.serviceTargets.coverage),
		routingOffset,
		matcherFor(language) {
			let matcher = matchers.get(language);
			if (!matcher) {
				const base = baseLanguage(language);
				matcher = matchers.get(base);
				if (!matcher) {
					const lexicon = lexiconEntries(base).map(entry => ({key: entry.group, phrase: entry.phrase}));
					matcher = compilePhrases([...lexicon, ...routingEntries], keyCount);
					matchers.set(base, matcher);
				}
				matchers.set(language, matcher);
			}
			return matcher;
		},
	};
}

export function defaultTriageSettings(): TriageSettings {
	return {serviceTargets: defaultServiceTargets(), routing: defaultRoutingRules, channelMap: defaultChannelMap};
}

export function defaultTriageConfig(): TriageConfig {
	return compileTriageConfig(defaultTriageSettings());
}
