/**
 * A loaded entity as a plain object of its class: the ORM keeps, per entity, accessors and a helper
 * with a copy of the row as loaded (to find changes at flush). These objects are never flushed, and
 * at a few kilobytes each that state was most of a cached report. defineProperty, not assignment:
 * the class's prototype carries the ORM's tracking setters.
 */
export function detach<T extends object>(entity: T): T {
  const plain = Object.create(Object.getPrototypeOf(entity) as object) as T;
  for (const key of Object.keys(entity)) {
    Object.defineProperty(plain, key, { value: (entity as Record<string, unknown>)[key], writable: true, enumerable: true, configurable: true });
  }
  return plain;
}
