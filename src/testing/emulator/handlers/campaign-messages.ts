/**
 * POST /api/campaign-message-assign-template — the message now uses that template (its
 * `template` relationship); answers with the message.
 */
import type { Handler } from '../context.js';
import { requireRecord, singleAnswer } from './generic.js';

export const assignTemplateToCampaignMessage: Handler = (context) => {
	const { data } = context.body as {
		data: { id: string; relationships: { template: { data: { id: string } } } };
	};
	const message = requireRecord(context, 'campaign-message', data.id);
	const template = requireRecord(context, 'template', data.relationships.template.data.id);
	const { resources } = context.store;
	for (const old of resources.linked(message.type, message.id, 'template')) {
		resources.unlink(message.type, message.id, 'template', old);
	}
	resources.link(message.type, message.id, template.type, template.id);
	return singleAnswer(context, message);
};
