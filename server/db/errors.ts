/**
 * What a database error means, said in one place: whether it is SQLite's "database is locked",
 * whether a failure to open will pass by itself (the server is starting) or is final (a wrong
 * database name, role or password, a read-only file), and a short message for people. A driver's
 * message can carry the whole statement, report text included (megabytes): it is never printed.
 */

/** How long a statement on the main connection waits for another process's write lock. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

type DriverError = Error & { code?: string; errno?: number; cause?: unknown };

function chain(error: unknown): DriverError[] {
  const errors: DriverError[] = [];
  for (let e = error; e instanceof Error && errors.length < 5; e = (e as DriverError).cause) errors.push(e as DriverError);
  return errors;
}

function codes(error: unknown): string[] {
  return chain(error).flatMap((e) => [e.code, (e as { sqlState?: string }).sqlState]).filter((c): c is string => typeof c === 'string');
}

export function isSqliteBusy(error: unknown): boolean {
  return codes(error).some((c) => c.startsWith('SQLITE_BUSY') || c.startsWith('SQLITE_LOCKED'))
    || chain(error).some((e) => /database is locked/.test(e.message.slice(-200)));
}

/**
 * Failures to open that no retry will cure: PostgreSQL's invalid_authorization_specification and
 * invalid_password (28000, 28P01), invalid_catalog_name (3D000: no such database); SQLite's
 * read-only, cannot-open and not-a-database errors.
 */
const PERMANENT = /^(28000|28P01|3D000|SQLITE_READONLY|SQLITE_CANTOPEN|SQLITE_NOTADB|SQLITE_CORRUPT|SQLITE_PERM|SQLITE_AUTH|EACCES|EROFS)/;
const PERMANENT_TEXT = /password authentication failed|role "[^"]*" does not exist|database "[^"]*" does not exist|readonly database|read-only|not a database|EACCES|EROFS/i;

export function isPermanentOpenFailure(error: unknown): boolean {
  return codes(error).some((c) => PERMANENT.test(c)) || chain(error).some((e) => PERMANENT_TEXT.test(e.message.slice(-500)));
}

/** The first line of the driver's own message, without the statement MikroORM puts before it, capped. */
export function shortDatabaseMessage(error: unknown, max = 300): string {
  const message = error instanceof Error ? error.message : String(error);
  // MikroORM: "<statement> - <driver message>"; the statement may span many lines.
  const separator = message.lastIndexOf(' - ');
  const own = separator >= 0 && separator > message.length - 1000 ? message.slice(separator + 3) : message;
  const line = own.split('\n').find((l) => l.trim()) ?? own;
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
