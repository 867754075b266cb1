// Jest loads global setup outside its ESM pipeline, so this file uses the
// compiled code (`npm test` builds first).
import { randomBytes } from 'node:crypto';
import { prepareDatabase } from '../../dist/platform/database/prepare-database.js';
import { TEMPLATE_ENV, templateUrl } from './template.mjs';

/** Migrates one template database; every test file clones its own database from it. */
export default async function globalSetup() {
  const template = `sebaya_test_template_${process.pid}_${randomBytes(4).toString('hex')}`;
  await prepareDatabase(templateUrl(template));
  process.env[TEMPLATE_ENV] = template;
}
