// Finds the root fields of every mutation in a GraphQL document, with their arguments,
// using graphql-js's parser (comments, strings and aliases handled by the real grammar).
import { createRequire } from 'node:module';
import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode, ValueNode } from 'graphql/language/ast.js';

// Loaded on first use: only a call to Railway's API with a body needs a GraphQL parser, and
// every other guarded command must not pay its start-up cost.
const load = createRequire(import.meta.url);

function parse(query: string): DocumentNode {
  const parser = load('graphql/language/parser.js') as {
    parse: (source: string, options: { noLocation: boolean }) => DocumentNode;
  };
  return parser.parse(query, { noLocation: true });
}

/** A variable the request did not supply: its value is unknown. */
export interface UnboundVariable {
  unbound: string;
}

export interface MutationCall {
  /** Schema field name (`volumeDelete`), never the alias. */
  field: string;
  args: Record<string, unknown>;
}

/** At most this many root fields are judged in one document (fragments included); past it, `mutationCalls` throws. */
export const MAX_ROOT_FIELDS = 10_000;

/** Past MAX_ROOT_FIELDS the document is not judged: the caller fails closed with this message. */
export class TooManyFields extends Error {}

/** Throws a GraphQLError when the document does not parse, and TooManyFields past MAX_ROOT_FIELDS. */
export function mutationCalls(query: string, variables: Record<string, unknown>): MutationCall[] {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === 'FragmentDefinition') fragments.set(d.name.value, d);
  const walk: FragmentWalk = { fragments, variables, memo: new Map(), active: new Set(), judged: 0 };
  const calls = new Map<string, MutationCall>();
  for (const d of document.definitions) {
    if (d.kind === 'OperationDefinition' && d.operation === 'mutation')
      for (const [key, call] of rootFields(d.selectionSet, walk)) calls.set(key, call);
  }
  return [...calls.values()];
}

interface FragmentWalk {
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Each fragment's root fields, worked out once: a fragment spread twice per level is not walked 2^depth times. */
  memo: Map<string, Map<string, MutationCall>>;
  /** Fragments being walked (a cycle is invalid GraphQL; it adds nothing). */
  active: Set<string>;
  judged: number;
}

// Fragment spreads and inline fragments at the root of a mutation are root fields too. Calls are
// kept once per field and arguments: a repeat destroys nothing more.
function rootFields(set: SelectionSetNode, walk: FragmentWalk): Map<string, MutationCall> {
  const out = new Map<string, MutationCall>();
  for (const selection of set.selections) {
    if (selection.kind === 'Field') {
      if (++walk.judged > MAX_ROOT_FIELDS)
        throw new TooManyFields(`the GraphQL document has more mutation fields than guard judges (${MAX_ROOT_FIELDS})`);
      const args: Record<string, unknown> = {};
      for (const a of selection.arguments ?? []) args[a.name.value] = valueOf(a.value, walk.variables);
      const call = { field: selection.name.value, args };
      out.set(JSON.stringify(call), call);
    } else if (selection.kind === 'InlineFragment') {
      for (const [key, call] of rootFields(selection.selectionSet, walk)) out.set(key, call);
    } else {
      for (const [key, call] of fragmentFields(selection.name.value, walk)) out.set(key, call);
    }
  }
  return out;
}

function fragmentFields(name: string, walk: FragmentWalk): Map<string, MutationCall> {
  const known = walk.memo.get(name);
  if (known) return known;
  const fragment = walk.fragments.get(name);
  if (!fragment || walk.active.has(name)) return new Map();
  walk.active.add(name);
  const fields = rootFields(fragment.selectionSet, walk);
  walk.active.delete(name);
  walk.memo.set(name, fields);
  return fields;
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case 'Variable':
      return Object.prototype.hasOwnProperty.call(variables, node.name.value)
        ? variables[node.name.value]
        : ({ unbound: node.name.value } satisfies UnboundVariable);
    case 'IntValue':
    case 'FloatValue':
      return Number(node.value);
    case 'StringValue':
    case 'EnumValue':
      return node.value;
    case 'BooleanValue':
      return node.value;
    case 'NullValue':
      return null;
    case 'ListValue':
      return node.values.map((v) => valueOf(v, variables));
    case 'ObjectValue':
      return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value, variables)]));
  }
}

export function isUnbound(value: unknown): value is UnboundVariable {
  return typeof value === 'object' && value !== null && typeof (value as UnboundVariable).unbound === 'string';
}
