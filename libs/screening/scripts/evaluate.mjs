// Evaluates the built classifier (dist/) on labelled JSONL fixtures and prints a confusion matrix.
//
//   npm run evaluate -w @sebaya/screening              # the shared examples and our own sentences
//   node libs/screening/scripts/evaluate.mjs file.jsonl  # any file of {"lang","label","text"} lines
//
// Exit code 1 when a CRISIS or HIGH example is graded NONE or LOW (a missed crisis).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { screenText } = createRequire(import.meta.url)(join(here, '..', 'dist', 'index.js'));

const LEVELS = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRISIS'];
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const files = args.filter((a) => !a.startsWith('-'));
const fixtures = join(here, '..', 'test', 'fixtures');
const targets = files.length
  ? files
  : [
      join(fixtures, 'screening-examples.jsonl'),
      ...readdirSync(fixtures)
        .filter((f) => f.endsWith('.jsonl') && f !== 'screening-examples.jsonl')
        .sort()
        .map((f) => join(fixtures, f)),
    ];

let missedCrisis = 0;
for (const file of targets) {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const matrix = Object.fromEntries(LEVELS.map((e) => [e, Object.fromEntries(LEVELS.map((g) => [g, 0]))]));
  const wrong = [];
  for (const row of rows) {
    const expected = String(row.label).toUpperCase();
    const result = screenText(row.text, { lang: row.lang });
    matrix[expected][result.level]++;
    if (result.level !== expected) wrong.push({ ...row, got: result.level, result });
    if ((expected === 'CRISIS' || expected === 'HIGH') && (result.level === 'NONE' || result.level === 'LOW'))
      missedCrisis++;
  }
  const present = LEVELS.filter(
    (l) => rows.some((r) => String(r.label).toUpperCase() === l) || LEVELS.some((e) => matrix[e][l] > 0),
  );
  console.log(`\n${file.split('/').slice(-2).join('/')}: ${rows.length} examples`);
  console.log('expected \\ graded'.padEnd(18) + present.map((l) => l.padStart(8)).join('') + '   accuracy');
  for (const e of LEVELS) {
    const total = LEVELS.reduce((n, g) => n + matrix[e][g], 0);
    if (!total) continue;
    const acc = ((100 * matrix[e][e]) / total).toFixed(1);
    console.log(
      e.padEnd(18) +
        present.map((g) => String(matrix[e][g]).padStart(8)).join('') +
        `   ${acc}% (${matrix[e][e]}/${total})`,
    );
  }
  const correct = LEVELS.reduce((n, l) => n + matrix[l][l], 0);
  console.log(`exact level: ${((100 * correct) / rows.length).toFixed(1)}% (${correct}/${rows.length})`);
  for (const w of wrong) {
    console.log(`  ${w.label.toUpperCase()} -> ${w.got} [${w.lang}] ${w.text}`);
    if (verbose) console.log('     ' + JSON.stringify(w.result.matches));
  }
}
if (missedCrisis) console.error(`\n${missedCrisis} CRISIS/HIGH example(s) graded NONE or LOW`);
process.exit(missedCrisis ? 1 : 0);
