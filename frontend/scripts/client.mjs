// Regenerate the typed API client from the server's OpenAPI document.
//
//   node scripts/client.mjs          write src/api/schema.d.ts (what `make client` runs)
//   node scripts/client.mjs --check  exit 1 if the committed file is stale (`make test` runs it)
//
// The document comes from ../scripts/dump_openapi.py (the app is built, never started:
// no database needed). Python is $PYTHON, else ../.venv/bin/python.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '..', '..')
const target = resolve(here, '..', 'src', 'api', 'schema.d.ts')
const check = process.argv.includes('--check')

const python = process.env.PYTHON || resolve(repo, '.venv', 'bin', 'python')
if (!process.env.PYTHON && !existsSync(python)) {
  console.error(`error: ${python} is missing; run \`make setup\` first (or set PYTHON).`)
  process.exit(2)
}
const raw = execFileSync(python, [resolve(repo, 'scripts', 'dump_openapi.py')], {
  cwd: repo,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
})
const document = JSON.parse(raw)
const header =
  "// Generated from the server's OpenAPI document by `make client`: do not edit.\n" +
  `// ${document.info.title} ${document.info.version}\n\n`
const generated =
  header + astToString(await openapiTS(document, { alphabetize: true, defaultNonNullable: false }))

if (check) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : ''
  if (committed !== generated) {
    console.error(
      "error: frontend/src/api/schema.d.ts is stale against the server's OpenAPI document.\n" +
        '       Run `make client` and commit the result.',
    )
    process.exit(1)
  }
  console.log("API client is up to date with the server's OpenAPI document.")
} else {
  writeFileSync(target, generated)
  console.log(`wrote ${target}`)
}
