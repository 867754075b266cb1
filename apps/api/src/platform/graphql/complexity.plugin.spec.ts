import type { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type GraphQLFieldConfigArgumentMap,
  type OperationDefinitionNode,
} from 'graphql';
import type { AppConfig } from '../config/config.js';
import { ComplexityPlugin } from './complexity.plugin.js';

const Item = new GraphQLObjectType({ name: 'Item', fields: { id: { type: GraphQLID } } });
const listArgs: GraphQLFieldConfigArgumentMap = {
  first: { type: GraphQLInt },
  after: { type: GraphQLString },
};
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      item: { type: Item, args: { id: { type: GraphQLID } } },
      items: {
        type: new GraphQLList(Item),
        args: listArgs,
        extensions: {
          complexity: ({ args, childComplexity }: { args: { first?: number }; childComplexity: number }) =>
            1 + (args.first ?? 10) * childComplexity,
        },
      },
    },
  }),
});

const plugin = new ComplexityPlugin(
  { schema } as GraphQLSchemaHost,
  {
    graphql: { maxComplexity: 100 },
  } as AppConfig,
);

/** Runs the plugin's check as Apollo would; resolves to the error message, or null when allowed. */
async function check(query: ReturnType<typeof parse>, variables: Record<string, unknown>) {
  const listener = await plugin.requestDidStart();
  const operation = query.definitions[0] as OperationDefinitionNode;
  try {
    await listener.didResolveOperation!({
      request: { variables },
      document: query,
      operation,
    } as never);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('ComplexityPlugin', () => {
  const document = parse(`query($id: ID, $first: Int, $after: String, $on: Boolean!) {
    item(id: $id) { id }
    items(first: $first, after: $after) { id ... @include(if: $on) { id } }
  }`);

  it('estimates again when a variable that decides the cost changes, for the same document', async () => {
    expect(await check(document, { id: '1', first: 10, on: false })).toBeNull();
    expect(await check(document, { id: '2', first: 10, on: false })).toBeNull();
    expect(await check(document, { id: '2', first: 99, on: false })).toMatch(/too complex \(102;/);
    expect(await check(document, { id: '2', first: 99, on: true })).toMatch(/too complex \(201;/);
    expect(await check(document, { id: '3', first: 10, on: false })).toBeNull();
    expect(await check(document, { id: '3', first: 99, on: false })).toMatch(/too complex \(102;/);
  });

  it('still refuses variables of the wrong type when the estimate is already known', async () => {
    expect(await check(document, { id: '1', first: 5, on: false })).toBeNull();
    expect(await check(document, { id: { not: 'an id' }, first: 5, on: false })).toMatch(/\$id/);
  });
});
