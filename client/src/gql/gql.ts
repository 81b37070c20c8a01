/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Reports {\n    reports { id title region regionShort regionEn year publisher publishedOn figureCount excerpt }\n  }\n": typeof types.ReportsDocument,
    "\n  fragment ReportHeader on Report { id title region year publisher publishedOn }\n": typeof types.ReportHeaderFragmentDoc,
    "\n  fragment FactFields on Fact {\n    kind\n    value\n    unit\n    qualifier\n    label\n    labelEn\n    labelZh\n    regionEn\n    quote\n    span { start end }\n    quoteSpan { start end }\n    metricId\n    sectionId\n    reportId\n    region\n    year\n  }\n": typeof types.FactFieldsFragmentDoc,
    "\n  fragment SummarySectionFields on SummarySection { sectionId path marker heading headingEn span { start end } headingSpan { start end } quote }\n": typeof types.SummarySectionFieldsFragmentDoc,
    "\n  query Ask($question: String!, $conversationId: String, $scope: AskScopeInput) {\n    ask(question: $question, conversationId: $conversationId, scope: $scope) {\n      status\n      text\n      value\n      unit\n      qualifier\n      interpretation\n      derivation\n      query\n      graphql\n      resolvedBy\n      notes\n      reason\n      language\n      confidence\n      translation { language text interpretation derivation notes }\n      facts { ...FactFields }\n      candidates { label value unit interpretation query translation { language label interpretation } facts { ...FactFields } }\n      ranking { rank reportId region place placeZh placeEn year excerpt stated value unit qualifier metricId span { start end } }\n      summary {\n        reportId title titleSpan { start end } region place placeEn placeZh year excerpt missing\n        outline { ...SummarySectionFields }\n        figures { ...FactFields sectionHeading }\n        rates { key name nameEn value formula formulaEn }\n        problems { ...SummarySectionFields }\n        nextSteps { ...SummarySectionFields }\n      }\n      ...AnswerTools\n    }\n  }\n": typeof types.AskDocument,
    "\n  fragment AnswerTools on Answer {\n    followUps\n    facts { reportTitle sectionHeading }\n  }\n": typeof types.AnswerToolsFragmentDoc,
    "\n  mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n    answerFeedback(input: $input) { id vote }\n  }\n": typeof types.AnswerFeedbackDocument,
    "\n  query AdminLog($first: Int!) {\n    unansweredQuestions(first: $first) { id question status reason language askedAt }\n    answerFeedback(first: $first) {\n      totalCount\n      nodes { id question status value interpretation vote comment language createdAt }\n    }\n  }\n": typeof types.AdminLogDocument,
    "\n  query Suggestions($reportId: ID) {\n    reports { id title region regionShort regionEn year }\n    topics { id name nameEn }\n    metrics(first: 500, filter: { reportId: $reportId }) {\n      nodes {\n        id\n        label\n        labelEn\n        unit\n        labelledBy\n        partOf { id }\n        parts { id }\n        topic { id name nameEn }\n        measure { id kind }\n        report { id }\n      }\n    }\n  }\n": typeof types.SuggestionsDocument,
    "\n  query ReportText($id: ID!) {\n    report(id: $id) {\n      ...ReportHeader\n      text\n      outline {\n        id marker heading headingSpan { start end }\n        children {\n          id marker heading headingSpan { start end }\n          children { id marker heading headingSpan { start end } }\n        }\n      }\n    }\n  }\n": typeof types.ReportTextDocument,
    "\n  query ReportFigures($reportId: ID!, $after: String) {\n    metrics(filter: { reportId: $reportId }, first: 200, after: $after) {\n      totalCount\n      nodes {\n        id\n        label\n        labelEn\n        value\n        unit\n        qualifier\n        text\n        quote\n        span { start end }\n        quoteSpan { start end }\n        labelledBy\n        labelConfidence\n        partOf { id }\n        topic { id name nameEn }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ReportFiguresDocument,
    "\n  fragment BriefFigure on Metric {\n    id label labelEn value unit qualifier text quote span { start end } quoteSpan { start end }\n    labelledBy labelConfidence topic { id name nameEn }\n  }\n": typeof types.BriefFigureFragmentDoc,
    "\n  query Brief($id: ID!) {\n    report(id: $id) {\n      ...ReportHeader\n      regionShort regionEn\n      brief {\n        keyFigures { place { rank of } metric { ...BriefFigure } }\n        rates { key name nameEn value formula formulaEn topic { id name nameEn } numerator { id span { start end } } }\n        problems { id heading text }\n        recommendations { id heading text }\n      }\n      headlines(perTopic: 50) {\n        topic { id name nameEn }\n        metrics { ...BriefFigure }\n      }\n    }\n  }\n": typeof types.BriefDocument,
    "\n  mutation IngestReport($input: IngestReportInput!) {\n    ingestReport(input: $input) {\n      reportId\n      replaced\n      title\n      region\n      year\n      sections\n      figures\n      labelledByCatalog\n      labelledAutomatically\n      documents\n      checksFailed\n      warnings\n      toReview { metricId label figure confidence }\n    }\n  }\n": typeof types.IngestReportDocument,
};
const documents: Documents = {
    "\n  query Reports {\n    reports { id title region regionShort regionEn year publisher publishedOn figureCount excerpt }\n  }\n": types.ReportsDocument,
    "\n  fragment ReportHeader on Report { id title region year publisher publishedOn }\n": types.ReportHeaderFragmentDoc,
    "\n  fragment FactFields on Fact {\n    kind\n    value\n    unit\n    qualifier\n    label\n    labelEn\n    labelZh\n    regionEn\n    quote\n    span { start end }\n    quoteSpan { start end }\n    metricId\n    sectionId\n    reportId\n    region\n    year\n  }\n": types.FactFieldsFragmentDoc,
    "\n  fragment SummarySectionFields on SummarySection { sectionId path marker heading headingEn span { start end } headingSpan { start end } quote }\n": types.SummarySectionFieldsFragmentDoc,
    "\n  query Ask($question: String!, $conversationId: String, $scope: AskScopeInput) {\n    ask(question: $question, conversationId: $conversationId, scope: $scope) {\n      status\n      text\n      value\n      unit\n      qualifier\n      interpretation\n      derivation\n      query\n      graphql\n      resolvedBy\n      notes\n      reason\n      language\n      confidence\n      translation { language text interpretation derivation notes }\n      facts { ...FactFields }\n      candidates { label value unit interpretation query translation { language label interpretation } facts { ...FactFields } }\n      ranking { rank reportId region place placeZh placeEn year excerpt stated value unit qualifier metricId span { start end } }\n      summary {\n        reportId title titleSpan { start end } region place placeEn placeZh year excerpt missing\n        outline { ...SummarySectionFields }\n        figures { ...FactFields sectionHeading }\n        rates { key name nameEn value formula formulaEn }\n        problems { ...SummarySectionFields }\n        nextSteps { ...SummarySectionFields }\n      }\n      ...AnswerTools\n    }\n  }\n": types.AskDocument,
    "\n  fragment AnswerTools on Answer {\n    followUps\n    facts { reportTitle sectionHeading }\n  }\n": types.AnswerToolsFragmentDoc,
    "\n  mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n    answerFeedback(input: $input) { id vote }\n  }\n": types.AnswerFeedbackDocument,
    "\n  query AdminLog($first: Int!) {\n    unansweredQuestions(first: $first) { id question status reason language askedAt }\n    answerFeedback(first: $first) {\n      totalCount\n      nodes { id question status value interpretation vote comment language createdAt }\n    }\n  }\n": types.AdminLogDocument,
    "\n  query Suggestions($reportId: ID) {\n    reports { id title region regionShort regionEn year }\n    topics { id name nameEn }\n    metrics(first: 500, filter: { reportId: $reportId }) {\n      nodes {\n        id\n        label\n        labelEn\n        unit\n        labelledBy\n        partOf { id }\n        parts { id }\n        topic { id name nameEn }\n        measure { id kind }\n        report { id }\n      }\n    }\n  }\n": types.SuggestionsDocument,
    "\n  query ReportText($id: ID!) {\n    report(id: $id) {\n      ...ReportHeader\n      text\n      outline {\n        id marker heading headingSpan { start end }\n        children {\n          id marker heading headingSpan { start end }\n          children { id marker heading headingSpan { start end } }\n        }\n      }\n    }\n  }\n": types.ReportTextDocument,
    "\n  query ReportFigures($reportId: ID!, $after: String) {\n    metrics(filter: { reportId: $reportId }, first: 200, after: $after) {\n      totalCount\n      nodes {\n        id\n        label\n        labelEn\n        value\n        unit\n        qualifier\n        text\n        quote\n        span { start end }\n        quoteSpan { start end }\n        labelledBy\n        labelConfidence\n        partOf { id }\n        topic { id name nameEn }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ReportFiguresDocument,
    "\n  fragment BriefFigure on Metric {\n    id label labelEn value unit qualifier text quote span { start end } quoteSpan { start end }\n    labelledBy labelConfidence topic { id name nameEn }\n  }\n": types.BriefFigureFragmentDoc,
    "\n  query Brief($id: ID!) {\n    report(id: $id) {\n      ...ReportHeader\n      regionShort regionEn\n      brief {\n        keyFigures { place { rank of } metric { ...BriefFigure } }\n        rates { key name nameEn value formula formulaEn topic { id name nameEn } numerator { id span { start end } } }\n        problems { id heading text }\n        recommendations { id heading text }\n      }\n      headlines(perTopic: 50) {\n        topic { id name nameEn }\n        metrics { ...BriefFigure }\n      }\n    }\n  }\n": types.BriefDocument,
    "\n  mutation IngestReport($input: IngestReportInput!) {\n    ingestReport(input: $input) {\n      reportId\n      replaced\n      title\n      region\n      year\n      sections\n      figures\n      labelledByCatalog\n      labelledAutomatically\n      documents\n      checksFailed\n      warnings\n      toReview { metricId label figure confidence }\n    }\n  }\n": types.IngestReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reports {\n    reports { id title region regionShort regionEn year publisher publishedOn figureCount excerpt }\n  }\n"): (typeof documents)["\n  query Reports {\n    reports { id title region regionShort regionEn year publisher publishedOn figureCount excerpt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportHeader on Report { id title region year publisher publishedOn }\n"): (typeof documents)["\n  fragment ReportHeader on Report { id title region year publisher publishedOn }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactFields on Fact {\n    kind\n    value\n    unit\n    qualifier\n    label\n    labelEn\n    labelZh\n    regionEn\n    quote\n    span { start end }\n    quoteSpan { start end }\n    metricId\n    sectionId\n    reportId\n    region\n    year\n  }\n"): (typeof documents)["\n  fragment FactFields on Fact {\n    kind\n    value\n    unit\n    qualifier\n    label\n    labelEn\n    labelZh\n    regionEn\n    quote\n    span { start end }\n    quoteSpan { start end }\n    metricId\n    sectionId\n    reportId\n    region\n    year\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SummarySectionFields on SummarySection { sectionId path marker heading headingEn span { start end } headingSpan { start end } quote }\n"): (typeof documents)["\n  fragment SummarySectionFields on SummarySection { sectionId path marker heading headingEn span { start end } headingSpan { start end } quote }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ask($question: String!, $conversationId: String, $scope: AskScopeInput) {\n    ask(question: $question, conversationId: $conversationId, scope: $scope) {\n      status\n      text\n      value\n      unit\n      qualifier\n      interpretation\n      derivation\n      query\n      graphql\n      resolvedBy\n      notes\n      reason\n      language\n      confidence\n      translation { language text interpretation derivation notes }\n      facts { ...FactFields }\n      candidates { label value unit interpretation query translation { language label interpretation } facts { ...FactFields } }\n      ranking { rank reportId region place placeZh placeEn year excerpt stated value unit qualifier metricId span { start end } }\n      summary {\n        reportId title titleSpan { start end } region place placeEn placeZh year excerpt missing\n        outline { ...SummarySectionFields }\n        figures { ...FactFields sectionHeading }\n        rates { key name nameEn value formula formulaEn }\n        problems { ...SummarySectionFields }\n        nextSteps { ...SummarySectionFields }\n      }\n      ...AnswerTools\n    }\n  }\n"): (typeof documents)["\n  query Ask($question: String!, $conversationId: String, $scope: AskScopeInput) {\n    ask(question: $question, conversationId: $conversationId, scope: $scope) {\n      status\n      text\n      value\n      unit\n      qualifier\n      interpretation\n      derivation\n      query\n      graphql\n      resolvedBy\n      notes\n      reason\n      language\n      confidence\n      translation { language text interpretation derivation notes }\n      facts { ...FactFields }\n      candidates { label value unit interpretation query translation { language label interpretation } facts { ...FactFields } }\n      ranking { rank reportId region place placeZh placeEn year excerpt stated value unit qualifier metricId span { start end } }\n      summary {\n        reportId title titleSpan { start end } region place placeEn placeZh year excerpt missing\n        outline { ...SummarySectionFields }\n        figures { ...FactFields sectionHeading }\n        rates { key name nameEn value formula formulaEn }\n        problems { ...SummarySectionFields }\n        nextSteps { ...SummarySectionFields }\n      }\n      ...AnswerTools\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnswerTools on Answer {\n    followUps\n    facts { reportTitle sectionHeading }\n  }\n"): (typeof documents)["\n  fragment AnswerTools on Answer {\n    followUps\n    facts { reportTitle sectionHeading }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n    answerFeedback(input: $input) { id vote }\n  }\n"): (typeof documents)["\n  mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n    answerFeedback(input: $input) { id vote }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminLog($first: Int!) {\n    unansweredQuestions(first: $first) { id question status reason language askedAt }\n    answerFeedback(first: $first) {\n      totalCount\n      nodes { id question status value interpretation vote comment language createdAt }\n    }\n  }\n"): (typeof documents)["\n  query AdminLog($first: Int!) {\n    unansweredQuestions(first: $first) { id question status reason language askedAt }\n    answerFeedback(first: $first) {\n      totalCount\n      nodes { id question status value interpretation vote comment language createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suggestions($reportId: ID) {\n    reports { id title region regionShort regionEn year }\n    topics { id name nameEn }\n    metrics(first: 500, filter: { reportId: $reportId }) {\n      nodes {\n        id\n        label\n        labelEn\n        unit\n        labelledBy\n        partOf { id }\n        parts { id }\n        topic { id name nameEn }\n        measure { id kind }\n        report { id }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Suggestions($reportId: ID) {\n    reports { id title region regionShort regionEn year }\n    topics { id name nameEn }\n    metrics(first: 500, filter: { reportId: $reportId }) {\n      nodes {\n        id\n        label\n        labelEn\n        unit\n        labelledBy\n        partOf { id }\n        parts { id }\n        topic { id name nameEn }\n        measure { id kind }\n        report { id }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportText($id: ID!) {\n    report(id: $id) {\n      ...ReportHeader\n      text\n      outline {\n        id marker heading headingSpan { start end }\n        children {\n          id marker heading headingSpan { start end }\n          children { id marker heading headingSpan { start end } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportText($id: ID!) {\n    report(id: $id) {\n      ...ReportHeader\n      text\n      outline {\n        id marker heading headingSpan { start end }\n        children {\n          id marker heading headingSpan { start end }\n          children { id marker heading headingSpan { start end } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFigures($reportId: ID!, $after: String) {\n    metrics(filter: { reportId: $reportId }, first: 200, after: $after) {\n      totalCount\n      nodes {\n        id\n        label\n        labelEn\n        value\n        unit\n        qualifier\n        text\n        quote\n        span { start end }\n        quoteSpan { start end }\n        labelledBy\n        labelConfidence\n        partOf { id }\n        topic { id name nameEn }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ReportFigures($reportId: ID!, $after: String) {\n    metrics(filter: { reportId: $reportId }, first: 200, after: $after) {\n      totalCount\n      nodes {\n        id\n        label\n        labelEn\n        value\n        unit\n        qualifier\n        text\n        quote\n        span { start end }\n        quoteSpan { start end }\n        labelledBy\n        labelConfidence\n        partOf { id }\n        topic { id name nameEn }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BriefFigure on Metric {\n    id label labelEn value unit qualifier text quote span { start end } quoteSpan { start end }\n    labelledBy labelConfidence topic { id name nameEn }\n  }\n"): (typeof documents)["\n  fragment BriefFigure on Metric {\n    id label labelEn value unit qualifier text quote span { start end } quoteSpan { start end }\n    labelledBy labelConfidence topic { id name nameEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Brief($id: ID!) {\n    report(id: $id) {\n      ...ReportHeader\n      regionShort regionEn\n      brief {\n        keyFigures { place { rank of } metric { ...BriefFigure } }\n        rates { key name nameEn value formula formulaEn topic { id name nameEn } numerator { id span { start end } } }\n        problems { id heading text }\n        recommendations { id heading text }\n      }\n      headlines(perTopic: 50) {\n        topic { id name nameEn }\n        metrics { ...BriefFigure }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Brief($id: ID!) {\n    report(id: $id) {\n      ...ReportHeader\n      regionShort regionEn\n      brief {\n        keyFigures { place { rank of } metric { ...BriefFigure } }\n        rates { key name nameEn value formula formulaEn topic { id name nameEn } numerator { id span { start end } } }\n        problems { id heading text }\n        recommendations { id heading text }\n      }\n      headlines(perTopic: 50) {\n        topic { id name nameEn }\n        metrics { ...BriefFigure }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestReport($input: IngestReportInput!) {\n    ingestReport(input: $input) {\n      reportId\n      replaced\n      title\n      region\n      year\n      sections\n      figures\n      labelledByCatalog\n      labelledAutomatically\n      documents\n      checksFailed\n      warnings\n      toReview { metricId label figure confidence }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestReport($input: IngestReportInput!) {\n    ingestReport(input: $input) {\n      reportId\n      replaced\n      title\n      region\n      year\n      sections\n      figures\n      labelledByCatalog\n      labelledAutomatically\n      documents\n      checksFailed\n      warnings\n      toReview { metricId label figure confidence }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;