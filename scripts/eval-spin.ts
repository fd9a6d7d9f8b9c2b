// `npm run eval:spin [-- --verbose]`: precision and recall of repair-spin on tests/fixtures/spin/.
import { fileURLToPath } from 'node:url';
import { evaluateSpin } from './spin-evaluation.ts';

const verbose = process.argv.includes('--verbose');
const result = await evaluateSpin(fileURLToPath(new URL('../tests/fixtures/spin/', import.meta.url)));
const spun = result.cases.filter((entry) => entry.kind === 'spun');
const clean = result.cases.filter((entry) => entry.kind === 'clean');
for (const entry of result.cases) {
  const line = entry.kind === 'spun'
    ? `${entry.name}: ${entry.restored}/${entry.swaps} swaps restored, ${entry.correct}/${entry.repairs} repairs right`
    : `${entry.name}: ${entry.repairs === 0 ? 'unchanged' : `${entry.repairs} changes`}`;
  console.log(line);
  if (verbose) for (const note of entry.notes) console.log(`    ${note}`);
}
const total = (key: 'swaps' | 'restored' | 'repairs' | 'correct') => result.cases.reduce((sum, entry) => sum + entry[key], 0);
console.log('');
console.log(`passages: ${spun.length} spun, ${clean.length} clean`);
console.log(`precision ${result.precision.toFixed(3)} (${total('correct')} of ${total('repairs')} repairs right; target ≥ 0.98)`);
console.log(`recall    ${result.recall.toFixed(3)} (${total('restored')} of ${total('swaps')} spinner swaps restored; target ≥ 0.80)`);
console.log(`false-change rate on clean passages ${result.falseChangeRate.toFixed(3)} (${clean.filter((entry) => entry.repairs > 0).length} of ${clean.length} changed; target 0)`);
console.log(`quotations changed: ${result.quotationsChanged} (target 0)`);
// The optional, less sure evidence (a spun form used again and again, its original never): shown for comparison.
const withConsistentUse = await evaluateSpin(fileURLToPath(new URL('../tests/fixtures/spin/', import.meta.url)), { consistentUse: true });
console.log(`with consistentUse: precision ${withConsistentUse.precision.toFixed(3)}, recall ${withConsistentUse.recall.toFixed(3)}, false-change rate ${withConsistentUse.falseChangeRate.toFixed(3)}`);
const met = result.precision >= 0.98 && result.recall >= 0.8 && result.falseChangeRate === 0 && result.quotationsChanged === 0;
console.log(met ? 'targets met' : 'targets NOT met');
process.exitCode = met ? 0 : 1;
