import { useCallback, useState } from 'react';

const STORAGE_KEY = 'rule-of-law-hub.scope';

/** The report questions are read within (undefined: all reports), remembered across reloads. */
export function useAskScope(): [string | undefined, (reportId: string | undefined) => void] {
  const [scope, setScope] = useState<string | undefined>(() => {
    try {
      return window.localStorage.getItem(STORAGE_KEY) || undefined;
    } catch {
      return undefined;
    }
  });
  const choose = useCallback((reportId: string | undefined) => {
    setScope(reportId);
    try {
      if (reportId) window.localStorage.setItem(STORAGE_KEY, reportId);
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage disabled: the choice lasts for this page.
    }
  }, []);
  return [scope, choose];
}
