/**
 * The reports the hub holds, counted by province, city, county or year (哪个省的报告最多, 各省各有几份报告,
 * how many reports per year): each report's place is followed up its chain (regions.json, then the
 * divisions; a town through its county) to the level asked for.
 */
import type { Report } from '../model/index.js';
import { chainOf, liesIn } from '../vocabulary/divisions.js';
import { regionNamed } from '../vocabulary/regions.js';

export const GROUPINGS = ['province', 'city', 'county', 'year'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface GroupedReports {
  by: Grouping;
  /** Asked for the group with the most (desc) or fewest (asc) reports. */
  order?: 'desc' | 'asc';
  groups: ReportGroup[];
  unplaced: Report[];
}

export interface ReportGroup {
  /** The place's official name, or the year. */
  name: string;
  reports: Report[];
}

/** The place of a report at a level: itself, or the place of that level it lies in. */
export function placeAt(report: Report, level: Exclude<Grouping, 'year'>): string | undefined {
  const places = [report.region, ...chainOf(report)];
  const at = places.find((p) => regionNamed(p).level === level);
  // A county of a municipality (北京市) has no city but the municipality itself.
  if (at || level !== 'city') return at;
  return places.find((p) => regionNamed(p).level === 'province' && p.endsWith('市'));
}

/**
 * Reports by the group each falls in, largest group first (smallest with `asc`; then by name, years
 * latest first); with
 * `only`, just those groups (2023年和2024年, 河南和四川), in that order, even when one is empty.
 * Reports with no place at the level (a city's report, by county) are `unplaced`.
 */
export function groupReports(reports: Report[], by: Grouping, only?: string[], order?: 'desc' | 'asc'): GroupedReports {
  const groups = new Map<string, Report[]>((only ?? []).map((g) => [g, []]));
  const unplaced: Report[] = [];
  for (const report of reports) {
    if (only) {
      // Named groups: a year, or a place at any level the report is, or lies in.
      for (const g of only) if (by === 'year' ? String(report.year) === g : report.region === g || liesIn(report, g)) groups.get(g)!.push(report);
      continue;
    }
    const key = by === 'year' ? String(report.year) : placeAt(report, by);
    if (!key) unplaced.push(report);
    else groups.set(key, [...(groups.get(key) ?? []), report]);
  }
  const list = [...groups].map(([name, held]) => ({ name, reports: held }));
  const sign = order === 'asc' ? -1 : 1;
  if (!only) list.sort((a, b) => sign * (b.reports.length - a.reports.length) || (by === 'year' ? Number(b.name) - Number(a.name) : a.name < b.name ? -1 : 1));
  return { by, ...(order ? { order } : {}), groups: list, unplaced: only ? [] : unplaced };
}
