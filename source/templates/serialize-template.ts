// Writes a template back as Markdown with YAML front matter (for new, export and import), defaults left out.
import {Document, visit} from 'yaml';
import type {Template} from './template.js';

export function serializeTemplate(template: Omit<Template, 'source'>): string {
	const front: Record<string, unknown> = {id: template.id, title: template.title, tags: template.tags};
	if (template.shortcut) front['shortcut'] = template.shortcut;
	if (template.language !== 'en') front['language'] = template.language;
	if (template.channels.length > 0) front['channels'] = template.channels;
	if (template.visibility !== 'team') front['visibility'] = template.visibility;
	if (template.humanOnly) front['human_only'] = true;
	const actions = actionsToFront(template.actions);
	if (Object.keys(actions).length > 0) front['actions'] = actions;
	const document = new Document(front);
	// Lists read best inline: tags: [billing, refund].
	visit(document, {
		Seq(_, node) {
			node.flow = true;
		},
	});
	const yaml = document.toString({lineWidth: 0, flowCollectionPadding: false});
	return `---\n${yaml}---\n${template.body.replace(/\s+$/, '')}\n`;
}

function actionsToFront(actions: Template['actions']): Record<string, unknown> {
	const front: Record<string, unknown> = {};
	if (actions.status) front['status'] = actions.status;
	if (actions.snoozeFor) front['snooze_for'] = actions.snoozeFor;
	if (actions.addTags?.length) front['add_tags'] = actions.addTags;
	if (actions.removeTags?.length) front['remove_tags'] = actions.removeTags;
	if (actions.assign) front['assign'] = actions.assign;
	if (actions.priority) front['priority'] = actions.priority;
	return front;
}

/** refund.md for English, refund.de.md for a German variant. */
export function templateFileName(template: Pick<Template, 'id' | 'language'>): string {
	return template.language === 'en' ? `${template.id}.md` : `${template.id}.${template.language}.md`;
}
