// Finds the root fields of every mutation in a GraphQL document, with their arguments,
// using graphql-js's parser (comments, strings and aliases handled by the real grammar).
import { createRequire } from 'node:module';
import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode, ValueNode } from 'graphql/language/ast.js';

// Loaded on first use: only a call to Railway's API with a body needs a GraphQL parser, and
// every other guarded command must not pay its start-up cost.
const load = createRequire(import.meta.url);

function parse(query: string): DocumentNode {
  const parser = load('graphql/language/parser.js') as { parse: (source: string, options: { noLocation: boolean }) => DocumentNode };
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

/** Throws a GraphQLError when the document does not parse. */
export function mutationCalls(query: string, variables: Record<string, unknown>): MutationCall[] {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === 'FragmentDefinition') fragments.set(d.name.value, d);
  const calls: MutationCall[] = [];
  for (const d of document.definitions) {
    if (d.kind === 'OperationDefinition' && d.operation === 'mutation') collectRootFields(d.selectionSet, fragments, variables, calls, new Set());
  }
  return calls;
}

// Fragment spreads and inline fragments at the root of a mutation are root fields too.
function collectRootFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, variables: Record<string, unknown>, out: MutationCall[], seen: Set<string>): void {
  for (const selection of set.selections) {
    if (selection.kind === 'Field') {
      const args: Record<string, unknown> = {};
      for (const a of selection.arguments ?? []) args[a.name.value] = valueOf(a.value, variables);
      out.push({ field: selection.name.value, args });
    } else if (selection.kind === 'InlineFragment') {
      collectRootFields(selection.selectionSet, fragments, variables, out, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      collectRootFields(fragment.selectionSet, fragments, variables, out, new Set([...seen, name]));
    }
  }
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case 'Variable':
      return Object.prototype.hasOwnProperty.call(variables, node.name.value) ? variables[node.name.value] : ({ unbound: node.name.value } satisfies UnboundVariable);
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
