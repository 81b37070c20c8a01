/** The GraphQL shape of an answer: the contract in DESIGN.md, plus query, graphql, reason and candidates. */
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Qualifier, Span } from '../model/index.js';

export enum AnswerStatus {
  ANSWERED = 'ANSWERED',
  CLARIFY = 'CLARIFY',
  UNANSWERABLE = 'UNANSWERABLE',
}
export enum ResolvedBy {
  RULES = 'RULES',
  LLM = 'LLM',
}
export enum UnanswerableReasonEnum {
  NO_SUCH_PERIOD = 'NO_SUCH_PERIOD',
  NO_SUCH_REGION = 'NO_SUCH_REGION',
  NOT_IN_REPORT = 'NOT_IN_REPORT',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
}
export enum FactKind {
  FIGURE = 'FIGURE',
  SECTION = 'SECTION',
  DOCUMENT = 'DOCUMENT',
  REPORT = 'REPORT',
}
export enum SummaryPart {
  OUTLINE = 'OUTLINE',
  FIGURES = 'FIGURES',
  PROBLEMS = 'PROBLEMS',
  NEXT_STEPS = 'NEXT_STEPS',
}
registerEnumType(SummaryPart, { name: 'SummaryPart', description: 'A part of a report summary: its outline, headline figures, problems (存在的问题) or next steps (下一步)' });
registerEnumType(AnswerStatus, { name: 'AnswerStatus' });
registerEnumType(ResolvedBy, { name: 'ResolvedBy', description: 'What turned the question into a query' });
registerEnumType(UnanswerableReasonEnum, { name: 'UnanswerableReason' });
registerEnumType(FactKind, { name: 'FactKind', description: 'What a fact is: a figure, a section, a cited document or the report itself' });

@ObjectType({ description: 'A stored fact an answer used, with its source' })
export class Fact {
  @Field(() => FactKind)
  kind!: FactKind;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => Qualifier, { nullable: true })
  qualifier!: Qualifier | null;

  @Field(() => String, { description: "In the question's language" })
  label!: string;

  @Field(() => String, { description: 'The source sentence (or section, or line), verbatim from the report' })
  quote!: string;

  @Field(() => Span, { nullable: true, description: 'Where the fact stands in the report text' })
  span!: Span | null;

  @Field(() => Span, { nullable: true, description: 'Where the quote stands in the report text' })
  quoteSpan!: Span | null;

  @Field(() => ID, { nullable: true })
  metricId!: string | null;

  @Field(() => ID, { nullable: true })
  sectionId!: string | null;

  @Field(() => ID)
  reportId!: string;

  @Field(() => String)
  region!: string;

  @Field(() => Float)
  year!: number;
}

@ObjectType({ description: 'One report in a ranking across reports: its figure, or not stated (never zero)' })
export class RankingRow {
  @Field(() => Int, { nullable: true, description: 'Null for a report that does not state the figure' })
  rank!: number | null;

  @Field(() => ID)
  reportId!: string;

  @Field(() => String, { description: 'Official name' })
  region!: string;

  @Field(() => String, { description: "Short name in the question's language: 紫云, Ziyun" })
  place!: string;

  @Field(() => String, { description: 'Short name in Chinese (紫云), for an interface in another language than the question' })
  placeZh!: string;

  @Field(() => String, { description: 'Short name in English (Ziyun)' })
  placeEn!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Boolean, { description: 'The report is an excerpt: a figure it lacks may be in the full report' })
  excerpt!: boolean;

  @Field(() => Boolean)
  stated!: boolean;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => Qualifier, { nullable: true })
  qualifier!: Qualifier | null;

  @Field(() => ID, { nullable: true })
  metricId!: string | null;

  @Field(() => Span, { nullable: true, description: 'Where the figure stands in the report text' })
  span!: Span | null;
}

@ObjectType({ description: 'One reading of an ambiguous question, with its value, for the client to offer as a choice' })
export class Candidate {
  @Field(() => String)
  label!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => String)
  interpretation!: string;

  @Field(() => GraphQLJSONObject, { description: 'The structured query of this reading' })
  query!: Record<string, unknown>;

  @Field(() => [Fact])
  facts!: Fact[];
}

@ObjectType({ description: 'A section of a report in a summary: its heading as written, with where it stands' })
export class SummarySection {
  @Field(() => ID)
  sectionId!: string;

  @Field(() => String, { description: 'Position in the outline: 1, 2.1' })
  path!: string;

  @Field(() => String, { description: 'The marker as written: 一、 (三) 1.' })
  marker!: string;

  @Field(() => String, { description: 'The heading, verbatim from the report (Chinese)' })
  heading!: string;

  @Field(() => String, { description: 'The heading in English, word by word from the bilingual dictionary (never Chinese): a reading aid; `heading` is the source' })
  headingEn!: string;

  @Field(() => Span, { description: 'The whole section in the report text' })
  span!: Span;

  @Field(() => Span, { description: 'The heading in the report text' })
  headingSpan!: Span;

  @Field(() => String, { description: 'The line of the report the heading stands on, verbatim' })
  quote!: string;
}

@ObjectType({ description: 'A rate the report does not state, computed from two of its figures (derived, with its formula)' })
export class SummaryRate {
  @Field(() => String, { description: 'e.g. acceptance-rate (seeds/lexicon/rates.json)' })
  key!: string;

  @Field(() => String, { description: '受理率' })
  name!: string;

  @Field(() => String, { description: 'acceptance rate' })
  nameEn!: string;

  @Field(() => Float, { description: '0–100, one decimal' })
  value!: number;

  @Field(() => String, { description: '受理率 = 受理 36件 ÷ 收到 39件 = 92.3%' })
  formula!: string;

  @Field(() => String, { description: 'acceptance rate = accepted 36 ÷ received 39 = 92.3%' })
  formulaEn!: string;

  @Field(() => ID)
  numeratorId!: string;

  @Field(() => ID)
  denominatorId!: string;
}

@ObjectType({ description: 'What one whole report says: title, outline, headline figures, problems and next steps, each with its source' })
export class ReportSummary {
  @Field(() => ID)
  reportId!: string;

  @Field(() => String, { description: 'As the report gives it (Chinese)' })
  title!: string;

  @Field(() => Span, { nullable: true, description: 'Where the title stands in the report text, when it does' })
  titleSpan!: Span | null;

  @Field(() => String, { description: 'Official name of the region' })
  region!: string;

  @Field(() => String, { description: "The place in the answer's language, as people say it: 紫云, Ziyun" })
  place!: string;

  @Field(() => String, { description: 'The place in English (Ziyun), whatever the answer\'s language' })
  placeEn!: string;

  @Field(() => String, { description: 'The place in Chinese, as people say it (紫云)' })
  placeZh!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Boolean, { description: 'The report is an excerpt: a part it lacks may be in the full report' })
  excerpt!: boolean;

  @Field(() => [SummarySection], { description: 'The top-level sections, in report order' })
  outline!: SummarySection[];

  @Field(() => [Fact], { description: 'Headline figures by the brief\'s rule (seeds/lexicon/brief.json), each with its source' })
  figures!: Fact[];

  @Field(() => [SummaryRate], { description: 'Rates the headline figures imply, derived (the report does not state them), each with its formula' })
  rates!: SummaryRate[];

  @Field(() => [SummarySection], { description: 'The lines of 存在的问题' })
  problems!: SummarySection[];

  @Field(() => [SummarySection], { description: 'The lines of 下一步 (next steps, recommendations)' })
  nextSteps!: SummarySection[];

  @Field(() => [SummaryPart], { description: 'The parts the report does not have (never filled in by the hub)' })
  missing!: SummaryPart[];
}

@ObjectType({ description: "A reading's label and interpretation in the other language than the question's" })
export class CandidateTranslation {
  @Field(() => String, { description: 'zh or en' })
  language!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  interpretation!: string;
}

@ObjectType({ description: "The reply in the other language than the question's, for an interface whose language changed after asking" })
export class AnswerTranslation {
  @Field(() => String, { description: 'zh or en' })
  language!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String)
  interpretation!: string;

  @Field(() => String, { nullable: true })
  derivation!: string | null;

  @Field(() => [String])
  notes!: string[];
}

@ObjectType({ description: 'The answer to a question, with the facts it rests on and the query that produced it' })
export class Answer {
  @Field(() => AnswerStatus)
  status!: AnswerStatus;

  @Field(() => String, { description: "The reply, in the question's language" })
  text!: string;

  @Field(() => Float, { nullable: true, description: 'The one number that answers, when one does; a percentage as 0–100' })
  value!: number | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => Qualifier, { nullable: true })
  qualifier!: Qualifier | null;

  @Field(() => [Fact], { description: 'Every stored fact the answer used' })
  facts!: Fact[];

  @Field(() => String, { description: 'The structured query, as a person reads it' })
  interpretation!: string;

  @Field(() => String, { nullable: true, description: 'How a derived value was computed: 22 ÷ 39 = 56.4%' })
  derivation!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The structured query that ran' })
  query!: Record<string, unknown>;

  @Field(() => String, { description: 'An equivalent operation on this GraphQL API' })
  graphql!: string;

  @Field(() => ResolvedBy)
  resolvedBy!: ResolvedBy;

  @Field(() => UnanswerableReasonEnum, { nullable: true })
  reason!: UnanswerableReasonEnum | null;

  @Field(() => [Candidate], { description: 'For CLARIFY: the readings to choose from' })
  candidates!: Candidate[];

  @Field(() => String, { description: 'zh or en: the language of the question and of the reply' })
  language!: string;

  @Field(() => Float, { description: 'How sure the parser was, 0–1' })
  confidence!: number;

  @Field(() => [RankingRow], { description: 'For a question across reports: every report in scope, ranked, then those not stating the figure' })
  ranking!: RankingRow[];

  @Field(() => ReportSummary, { nullable: true, description: 'For a question about what a whole report says (紫云的报告讲了什么): its summary' })
  summary!: ReportSummary | null;

  @Field(() => [String], { description: 'How the question was handled when that is worth saying: a follow-up completed, a model that could not be used' })
  notes!: string[];
}
