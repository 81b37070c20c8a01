/** The shapes the client works with, taken from the generated operation types. */
import type { AskQuery, FactFieldsFragment, ReportFiguresQuery, ReportTextQuery, SuggestionsQuery } from '../gql/graphql.js';

export type Answer = AskQuery['ask'];
export type Fact = FactFieldsFragment;
export type Candidate = Answer['candidates'][number];
export type Qualifier = NonNullable<Fact['qualifier']>;
export type ReportFigure = ReportFiguresQuery['metrics']['nodes'][number];
export type SuggestionData = SuggestionsQuery;
export type ReportDoc = NonNullable<ReportTextQuery['report']>;
export type OutlineSection = ReportDoc['outline'][number];
export type Span = { start: number; end: number };
