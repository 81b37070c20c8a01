/**
 * The client's GraphQL operations. `npm run codegen` turns each into a typed document in ./gql,
 * so a change to the schema that breaks the client fails type-checking.
 */
import { graphql } from './gql';

export const ReportsQuery = graphql(`
  query Reports {
    reports { id title region year publisher publishedOn figureCount }
  }
`);

export const MetricFieldsFragment = graphql(`
  fragment MetricFields on Metric {
    id
    label
    labelEn
    value
    unit
    qualifier
    text
    quote
    span { start end }
    topic { id name nameEn }
    section { id marker heading }
    report { id region year }
  }
`);

export const MetricsPageQuery = graphql(`
  query MetricsPage($filter: MetricFilter, $first: Int, $after: String) {
    metrics(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes { ...MetricFields }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const MetricQuery = graphql(`
  query Metric($id: ID!) {
    metric(id: $id) { ...MetricFields parts { ...MetricFields } }
  }
`);

export const ReportOutlineQuery = graphql(`
  query ReportOutline($id: ID!) {
    report(id: $id) {
      id
      title
      text
      outline { id marker heading role children { id marker heading children { id marker heading } } }
      documents { id title span { start end } }
    }
  }
`);
