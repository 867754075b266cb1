import { readFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { printEmittedSchema } from '../src/platform/graphql/print-schema.js';
import { TestApp } from './support/test-app.js';

/** Types and root fields of api-contract.graphql built so far; each issue adds its own. */
const ROOTS = ['Query', 'Mutation', 'Subscription'];

describe('the GraphQL schema', () => {
  let api: TestApp;
  let schema: GraphQLSchema;
  let contract: GraphQLSchema;

  beforeAll(async () => {
    api = await TestApp.start();
    schema = api.app.get(GraphQLSchemaHost).schema;
    contract = buildSchema(
      await readFile(new URL('./contract/api-contract.graphql', import.meta.url), 'utf8'),
    );
  });

  afterAll(() => api.close());

  it('is committed in apps/api/schema.gql exactly as the code emits it (run `npm run schema -w @sebaya/api`)', async () => {
    const committed = await readFile(new URL('../schema.gql', import.meta.url), 'utf8');
    expect(committed).toBe(printEmittedSchema(api.app));
  });

  it('has every type of the contract with the same fields, arguments and values', () => {
    const names = Object.keys(contract.getTypeMap()).filter((name) => !name.startsWith('__'));
    expect(names.length).toBeGreaterThan(30);
    for (const name of names) {
      expect({ name, present: schema.getType(name) !== undefined }).toEqual({ name, present: true });
      const ours = shape(schema.getType(name));
      for (const [field, expected] of Object.entries(shape(contract.getType(name)))) {
        expectSameField(ours[field], expected, `${name}.${field}`);
      }
    }
  });

  it.each(ROOTS)('has every contract field of %s', (root) => {
    const ours = shape(schema.getType(root));
    for (const [field, expected] of Object.entries(shape(contract.getType(root)))) {
      expectSameField(ours[field], expected, `${root}.${field}`);
    }
  });
});

interface FieldShape {
  type: string;
  args: Record<string, string>;
}

/** Same type and the contract's arguments; the schema may add arguments only where they are optional. */
function expectSameField(ours: FieldShape | undefined, contract: FieldShape, path: string): void {
  expect({ path, type: ours?.type }).toEqual({ path, type: contract.type });
  for (const [arg, type] of Object.entries(ours?.args ?? {})) {
    if (contract.args[arg] === undefined)
      expect({ path, arg, type }).toEqual({ path, arg, type: expect.not.stringMatching(/!$/) });
  }
  for (const [arg, type] of Object.entries(contract.args)) {
    expect({ path, arg, type: ours?.args[arg] }).toEqual({ path, arg, type });
  }
}

/** A comparable description of a type: its fields with their arguments, or its enum values. */
function shape(type: GraphQLNamedType | undefined | null): Record<string, FieldShape> {
  if (isEnumType(type)) {
    return Object.fromEntries(
      type.getValues().map((value) => [value.name, { type: 'enum value', args: {} }]),
    );
  }
  if (isObjectType(type) || isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).map((field: GraphQLField<unknown, unknown> | GraphQLInputField) => {
        const args = 'args' in field ? field.args.map((arg) => [arg.name, String(arg.type)]) : [];
        return [field.name, { type: String(field.type), args: Object.fromEntries(args) }];
      }),
    );
  }
  return {};
}
