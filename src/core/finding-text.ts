// The one place a finding becomes text: its rule's message with the resource and environment filled in.
import { renderMessage } from './render-message.js';
import type { Finding } from './types.js';

/** Why the finding is irreversible, in a sentence: "Deletes volume pg-data in production …". */
export function findingReason(f: Finding): string {
  return f.kind === 'guard'
    ? f.text
    : renderMessage(f.message, { resource: f.resource, environment: f.environment.name });
}
