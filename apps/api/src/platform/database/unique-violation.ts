const UNIQUE_VIOLATION = '23505';

/** Thrown by repositories when a unique index refuses a row; names the index. */
export class UniqueViolation extends Error {
  constructor(readonly constraint: string) {
    super(`unique violation on ${constraint}`);
  }
}

/** Runs a write, turning Postgres's unique violation into UniqueViolation. */
export async function detectUniqueViolation<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
    if (driverError?.code === UNIQUE_VIOLATION) throw new UniqueViolation(driverError.constraint ?? '');
    throw error;
  }
}
