/**
 * Baseline: a minimal Apollo Server 5 (standalone) serving the same response from memory, with a
 * schema of just the fields the benchmark's list query asks for.
 */
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const data = JSON.parse(readFileSync(process.argv[2], 'utf8')).data;
const typeDefs = `#graphql
  type Span { start: Int! end: Int! }
  type Metric { id: ID! label: String! value: Float! unit: String! quote: String! span: Span! }
  type MetricConnection { totalCount: Int! nodes: [Metric!]! }
  type Query { metrics(first: Int): MetricConnection! }
`;
const server = new ApolloServer({ typeDefs, resolvers: { Query: { metrics: () => data.metrics } } });
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
console.log(`listening ${new URL(url).port}`);
