/** A half-open range of character offsets into a report's text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
