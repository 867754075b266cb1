import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';

/** The schema as committed in apps/api/schema.gql. */
export function printEmittedSchema(app: INestApplication): string {
  const header = '# Generated from the code by `npm run schema -w @sebaya/api`. Do not edit.\n\n';
  return `${header}${printSchema(app.get(GraphQLSchemaHost).schema)}\n`;
}
