import { jest } from '@jest/globals';
import pg from 'pg';

/** Counts the SQL statements the API sends while answering one request (the test's process runs the API). */
export async function statementsFor(work: () => Promise<unknown>): Promise<number> {
  const spy = jest.spyOn(pg.Client.prototype, 'query');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}
