// Used only by the TypeORM CLI (`npm run migration:generate -w @sebaya/api`).
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config.js';
import { dataSourceOptions } from './data-source-options.js';

export default new DataSource(dataSourceOptions(loadConfig().databaseUrl));
