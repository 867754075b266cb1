// Preload (node --import) for a server under the bench: counts the SQL statements it sends through
// pg (every pg.Client#query, which TypeORM and pg.Pool both end in). On SIGUSR2 it writes the count
// since the previous SIGUSR2 to $BENCH_QUERY_COUNT_FILE and starts again from zero.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'apps/api/dist/main.js'));
const pg = require('pg');
let count = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  count += 1;
  return query.apply(this, args);
};
process.on('SIGUSR2', () => {
  writeFileSync(process.env.BENCH_QUERY_COUNT_FILE, String(count));
  count = 0;
});
