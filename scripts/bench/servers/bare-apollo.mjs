#!/usr/bin/env node
// Baseline: a bare Apollo Server 5 (standalone, node:http) whose schema has one field; the bench
// sends it `{ __typename }`. It shows what GraphQL over HTTP costs with no framework and no data.
// Env: PORT.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const server = new ApolloServer({
  typeDefs: 'type Query { ok: Boolean }',
  resolvers: { Query: { ok: () => true } },
});
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
});
console.log(`bare Apollo listening at ${url}`);

const stop = () => {
  server.stop().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
