// Parse + check 1,000 spam-rule conditions built from the expression corpus with variations.
// Run: npx tsx bench/expression-parse.ts   (goal: median ≤ 50 ms)
import { checkExpression } from '../src/expression/checker';
import { corpus } from '../src/expression/corpus-data';
import { expressionFunctions } from '../src/expression/functions';
import { parseExpression } from '../src/expression/parser';

const RUNS = 9;
const COUNT = 1000;
/** Literals such as 'md5' or 'hostname' must stay as they are for the condition to check clean. */
const FIXED_LITERALS = new Set(expressionFunctions.flatMap((f) => f.args.flatMap((a) => a.oneOf ?? [])));

/** Varies literals (so regexes and strings differ) and joins rules, as a real rule set would. */
function buildConditions() {
  const conditions: Array<{ source: string; context: (typeof corpus)[number]['context'] }> = [];
  for (let i = 0; i < COUNT; i++) {
    const base = corpus[i % corpus.length];
    const other = corpus[(i * 7 + 3) % corpus.length];
    let varied = false;
    let source = base.source.replace(/'([^'\\]*)'/g, (literal, text: string) => {
      if (varied || FIXED_LITERALS.has(text)) return literal;
      varied = true;
      return `'${text}${i}'`;
    });
    // $TAG globals only mean something in the spam filter's contexts.
    if (i % 3 === 0 && base.context.startsWith('Spam')) source = `(${source}) && !$TAG_${i}`;
    if (i % 5 === 0 && other.context === base.context) source = `${source} || (${other.source})`;
    conditions.push({ source, context: base.context });
  }
  return conditions;
}

const conditions = buildConditions();
const timings: number[] = [];
let problems = 0;
for (let run = 0; run < RUNS; run++) {
  problems = 0;
  const start = performance.now();
  for (const { source, context } of conditions) {
    const parsed = parseExpression(source);
    if (!parsed.ok || checkExpression(parsed.ast, context).length > 0) problems++;
  }
  timings.push(performance.now() - start);
}
const sorted = [...timings].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`parse + check of ${COUNT} conditions: median ${median.toFixed(1)} ms over ${RUNS} runs`);
console.log(`first (cold) run ${timings[0].toFixed(1)} ms; fastest ${sorted[0].toFixed(1)} ms`);
// Every generated condition is valid, so a problem here means the generator or the checker broke.
if (problems > 0) console.log(`${problems} conditions did not check clean`);
process.exitCode = median <= 50 ? 0 : 1;
