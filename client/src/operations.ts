/**
 * The client's GraphQL operations. `npm run codegen` turns each into a typed document in ./gql,
 * so a change to the schema that breaks the client fails type-checking.
 */
import { graphql } from './gql';

export const ReportsQuery = graphql(`
  query Reports {
    reports { id title region regionShort regionEn year publisher publishedOn figureCount excerpt }
  }
`);

/** What a page shows of a report at its top: title, place, year, publisher, date. */
export const ReportHeaderFragment = graphql(`
  fragment ReportHeader on Report { id title region year publisher publishedOn }
`);

// ---- the chat panel, report view and brief ----

/** A fact an answer rests on, with where it stands in its report. */
export const FactFieldsFragment = graphql(`
  fragment FactFields on Fact {
    kind
    value
    unit
    qualifier
    label
    labelEn
    labelZh
    regionEn
    quote
    span { start end }
    quoteSpan { start end }
    metricId
    sectionId
    reportId
    region
    year
  }
`);

/** A section of a report as a summary lists it. */
export const SummarySectionFieldsFragment = graphql(`
  fragment SummarySectionFields on SummarySection { sectionId path marker heading headingEn span { start end } headingSpan { start end } quote }
`);

export const AskQuery = graphql(`
  query Ask($question: String!, $conversationId: String, $scope: AskScopeInput) {
    ask(question: $question, conversationId: $conversationId, scope: $scope) {
      status
      text
      value
      unit
      qualifier
      interpretation
      derivation
      query
      graphql
      resolvedBy
      notes
      reason
      language
      confidence
      translation { language text interpretation derivation notes }
      facts { ...FactFields }
      candidates { label value unit interpretation query translation { language label interpretation } facts { ...FactFields } }
      ranking { rank reportId region place placeZh placeEn year excerpt stated value unit qualifier metricId span { start end } }
      summary {
        reportId title titleSpan { start end } region place placeEn placeZh year excerpt missing
        outline { ...SummarySectionFields }
        figures { ...FactFields sectionHeading }
        rates { key name nameEn value formula formulaEn }
        problems { ...SummarySectionFields }
        nextSteps { ...SummarySectionFields }
      }
      ...AnswerTools
    }
  }
`);

// ---- per-answer tools: follow-ups, citations, feedback (and the admin's view of it) ----

/** What the tools under an answer need: the follow-ups, and each fact's report title and section. */
export const AnswerToolsFragment = graphql(`
  fragment AnswerTools on Answer {
    followUps
    facts { reportTitle sectionHeading }
  }
`);

export const AnswerFeedbackMutation = graphql(`
  mutation AnswerFeedback($input: AnswerFeedbackInput!) {
    answerFeedback(input: $input) { id vote }
  }
`);

/** The admin's log: questions not answered, and votes on answers (Authorization: Bearer token). */
export const AdminLogQuery = graphql(`
  query AdminLog($first: Int!) {
    unansweredQuestions(first: $first) { id question status reason language askedAt }
    answerFeedback(first: $first) {
      totalCount
      nodes { id question status value interpretation vote comment language createdAt }
    }
  }
`);

/** What suggested questions are made of: the topics and the figures the hub holds. */
export const SuggestionsQuery = graphql(`
  query Suggestions($reportId: ID) {
    reports { id title region regionShort regionEn year }
    topics { id name nameEn }
    metrics(first: 500, filter: { reportId: $reportId }) {
      nodes {
        id
        label
        labelEn
        unit
        labelledBy
        partOf { id }
        parts { id }
        topic { id name nameEn }
        measure { id kind }
        report { id }
      }
    }
  }
`);

/** A report's text and outline, for the report view. */
export const ReportTextQuery = graphql(`
  query ReportText($id: ID!) {
    report(id: $id) {
      ...ReportHeader
      text
      outline {
        id marker heading headingSpan { start end }
        children {
          id marker heading headingSpan { start end }
          children { id marker heading headingSpan { start end } }
        }
      }
    }
  }
`);

/** Every figure of one report, a page at a time. */
export const ReportFiguresQuery = graphql(`
  query ReportFigures($reportId: ID!, $after: String) {
    metrics(filter: { reportId: $reportId }, first: 200, after: $after) {
      totalCount
      nodes {
        id
        label
        labelEn
        value
        unit
        qualifier
        text
        quote
        span { start end }
        quoteSpan { start end }
        labelledBy
        labelConfidence
        partOf { id }
        topic { id name nameEn }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** A figure as the brief shows it: value, labels, source, and how its label was made. */
export const BriefFigureFragment = graphql(`
  fragment BriefFigure on Metric {
    id label labelEn value unit qualifier text quote span { start end } quoteSpan { start end }
    labelledBy labelConfidence topic { id name nameEn }
  }
`);

export const BriefQuery = graphql(`
  query Brief($id: ID!) {
    report(id: $id) {
      ...ReportHeader
      regionShort regionEn
      brief {
        keyFigures { place { rank of } metric { ...BriefFigure } }
        rates { key name nameEn value formula formulaEn topic { id name nameEn } numerator { id span { start end } } }
        problems { id heading text }
        recommendations { id heading text }
      }
      headlines(perTopic: 50) {
        topic { id name nameEn }
        metrics { ...BriefFigure }
      }
    }
  }
`);

// ---- the upload page (admin) ----

/** A report file in, as base64; what the ingest found, and what a person should look at. */
export const IngestReportMutation = graphql(`
  mutation IngestReport($input: IngestReportInput!) {
    ingestReport(input: $input) {
      reportId
      replaced
      title
      region
      year
      sections
      figures
      labelledByCatalog
      labelledAutomatically
      documents
      checksFailed
      warnings
      toReview { metricId label figure confidence }
    }
  }
`);
