// Bundle budget, run after every build (`npm run build`, so `make setup` and `make test`):
//   up front  = JS the browser loads before the first view, gzip: the entry with its static
//               imports plus the first view's route chunks (the larger of sign-in, and the
//               org shell with the dashboard a signed-in person lands on)
//   board     = what opening a task board adds to the shell (its route chunk and the static
//               imports the shell does not already have: SortableJS included)
// Prints the figures; exits 1 when a budget is exceeded. Also writes dist/size.json for bench.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export const BUDGET = { upFrontKB: 150, boardKB: 80 }

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist')
const manifest = JSON.parse(readFileSync(resolve(dist, '.vite', 'manifest.json'), 'utf8'))

function gz(file) {
  return gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length
}

/** A manifest entry's file plus every file it statically imports, transitively. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key]
  if (!chunk || seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  for (const dep of chunk.imports ?? []) closure(dep, seen)
  return seen
}

const key = (suffix) => {
  const found = Object.keys(manifest).find((k) => k.endsWith(suffix))
  if (!found) throw new Error(`no chunk for ${suffix} in the build manifest`)
  return found
}
const union = (...keys) => keys.reduce((all, k) => closure(k, all), new Set())
const sum = (files) => [...files].filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(f), 0)
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)
const signIn = union(entryKey, key('views/SignInView.vue'))
const shell = union(entryKey, key('layouts/OrgLayout.vue'))
const dashboard = union(entryKey, key('layouts/OrgLayout.vue'), key('views/DashboardView.vue'))
const upFront = sum(signIn) > sum(dashboard) ? signIn : dashboard
const board = [...closure(key('views/TaskBoardView.vue'))].filter((f) => !shell.has(f))

const figures = {
  upFrontGzipKB: +(sum(upFront) / 1024).toFixed(1),
  signInGzipKB: +(sum(signIn) / 1024).toFixed(1),
  dashboardGzipKB: +(sum(dashboard) / 1024).toFixed(1),
  boardGzipKB: +(sum(board) / 1024).toFixed(1),
  cssGzipKB: +(
    Object.values(manifest)
      .flatMap((c) => c.css ?? [])
      .filter((v, i, a) => a.indexOf(v) === i)
      .reduce((n, f) => n + gz(f), 0) / 1024
  ).toFixed(1),
}
writeFileSync(resolve(dist, 'size.json'), JSON.stringify(figures, null, 2) + '\n')
console.log(
  `JS before the first view: ${figures.upFrontGzipKB} KB gzip (budget ${BUDGET.upFrontKB} KB;` +
    ` sign-in ${figures.signInGzipKB}, shell + dashboard ${figures.dashboardGzipKB})`,
)
console.log(`Task board route adds:   ${figures.boardGzipKB} KB gzip (budget ${BUDGET.boardKB} KB)`)
console.log(`CSS:                     ${figures.cssGzipKB} KB gzip`)
const over = []
if (figures.upFrontGzipKB > BUDGET.upFrontKB) over.push('up-front JS')
if (figures.boardGzipKB > BUDGET.boardKB) over.push('board route')
if (over.length) {
  console.error(`error: over budget: ${over.join(', ')}`)
  process.exit(1)
}
