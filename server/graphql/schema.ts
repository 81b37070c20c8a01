/** The GraphQL schema, built from the resolver classes (code first). */
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AskResolver } from './ask.resolver.js';
import { BriefResolver } from './brief.resolver.js';
import { DocumentResolver } from './document.resolver.js';
import { AnswerToolsResolver, CandidateToolsResolver } from './feedback.resolver.js';
import { FactResolver } from './fact.resolver.js';
import { IndicatorResolver } from './indicator.resolver.js';
import { IngestResolver } from './ingest.resolver.js';
import { LabelSuggestionResolver } from './label-suggestion.resolver.js';
import { MetricResolver } from './metric.resolver.js';
import { ReportResolver } from './report.resolver.js';
import { SectionResolver } from './section.resolver.js';
import { TopicResolver } from './topic.resolver.js';

let schema: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global, building twice gains nothing. */
export function hubSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [ReportResolver, BriefResolver, SectionResolver, MetricResolver, TopicResolver, DocumentResolver, AskResolver, IndicatorResolver, IngestResolver, LabelSuggestionResolver, AnswerToolsResolver, CandidateToolsResolver, FactResolver],
    // Inputs are checked where they are used (query service), with messages meant for people.
    validate: false,
  });
  return schema;
}
