// Reads an HTTP request body the way a GraphQL server would: JSON {query, variables} (or a
// batch array of them), a form with query=…, or a raw GraphQL document.
import { mutationCalls, TooManyFields, type MutationCall } from './graphql-mutations.js';

export type BodyReading = { ok: true; calls: MutationCall[] } | { ok: false; why: string };

export function readGraphqlBody(text: string): BodyReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, calls: [] };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return readJsonBody(trimmed);
  if (/^(query|variables|operationName)=/.test(trimmed) || /&(query|variables)=/.test(trimmed))
    return readFormBody(trimmed);
  return readDocument(trimmed, {});
}

function readJsonBody(text: string): BodyReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, why: `the body is not valid JSON (${(error as Error).message})` };
  }
  const operations = Array.isArray(value) ? value : [value];
  const calls: MutationCall[] = [];
  for (const op of operations) {
    if (typeof op !== 'object' || op === null || typeof (op as { query?: unknown }).query !== 'string') {
      return { ok: false, why: 'the JSON body has no "query" string (a persisted or unusual request)' };
    }
    const { query, variables } = op as { query: string; variables?: unknown };
    const reading = readDocument(query, variablesOf(variables));
    if (!reading.ok) return reading;
    calls.push(...reading.calls);
  }
  return { ok: true, calls };
}

function readFormBody(text: string): BodyReading {
  const params = new URLSearchParams(text);
  const query = params.get('query');
  if (query === null) return { ok: false, why: 'the form body has no query field' };
  const raw = params.get('variables');
  let variables: unknown = {};
  if (raw !== null) {
    try {
      variables = JSON.parse(raw);
    } catch {
      return { ok: false, why: 'the form field "variables" is not valid JSON' };
    }
  }
  return readDocument(query, variablesOf(variables));
}

function readDocument(query: string, variables: Record<string, unknown>): BodyReading {
  try {
    return { ok: true, calls: mutationCalls(query, variables) };
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    return {
      ok: false,
      why: error instanceof TooManyFields ? message : `the GraphQL document does not parse (${message})`,
    };
  }
}

function variablesOf(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') {
    try {
      return variablesOf(JSON.parse(value));
    } catch {
      return {};
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
