import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { ReportFiguresQuery } from '../operations.js';
import type { ReportFigure } from '../lib/types.js';
import type { ReportFiguresQuery as ReportFiguresData } from '../gql/graphql.js';

export interface FiguresState {
  figures: ReportFigure[] | null;
  error: unknown;
  loading: boolean;
  retry(): void;
}

/** Every figure of one report, following the pages of `metrics` to the end. */
export function useReportFigures(reportId: string): FiguresState {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<FiguresState, 'retry'>>({ figures: null, error: null, loading: true });

  useEffect(() => {
    let cancelled = false;
    setState({ figures: null, error: null, loading: true });
    (async () => {
      const figures: ReportFigure[] = [];
      let after: string | null = null;
      do {
        const { data }: { data?: ReportFiguresData } = await client.query({ query: ReportFiguresQuery, variables: { reportId, after }, fetchPolicy: attempt ? 'network-only' : 'cache-first' });
        if (!data) throw new Error('no data');
        figures.push(...data.metrics.nodes);
        after = data.metrics.pageInfo.hasNextPage ? (data.metrics.pageInfo.endCursor ?? null) : null;
      } while (after);
      if (!cancelled) setState({ figures, error: null, loading: false });
    })().catch((error: unknown) => {
      if (!cancelled) setState({ figures: null, error, loading: false });
    });
    return () => {
      cancelled = true;
    };
  }, [client, reportId, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
