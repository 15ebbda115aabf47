// Starts a real `mission-control serve` (embedded PostgreSQL, a temp data folder, known
// admin credentials, the freshly built UI) on a free port for the e2e run, and stops it.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, openSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'

export const ADMIN_EMAIL = 'admin@example.com'
export const ADMIN_PASSWORD = 'e2e-admin-password-1'

const frontend = resolve(__dirname, '..')
const repo = resolve(frontend, '..')
export const SHOTS = resolve(frontend, 'test-results', 'screenshots')

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    shots: string
  }
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer()
    server.unref()
    server.on('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port')),
      )
    })
  })
}

async function waitFor(url: string, child: ChildProcess, log: string, ms: number) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (child.exitCode !== null)
      throw new Error(
        `the server exited (${child.exitCode}); its log:\n${readFileSync(log, 'utf8').slice(-4000)}`,
      )
    try {
      const r = await fetch(url)
      if (r.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(
    `the server did not answer ${url} within ${ms / 1000} s; its log:\n${readFileSync(log, 'utf8').slice(-4000)}`,
  )
}

export default async function setup(project: TestProject) {
  const dist = resolve(frontend, 'dist')
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('frontend/dist is missing: run `make setup` (it builds the UI) first.')
  const python = resolve(repo, '.venv', 'bin', 'mission-control')
  if (!existsSync(python)) throw new Error(`${python} is missing: run \`make setup\` first.`)
  if (!existsSync('/usr/bin/chromium'))
    throw new Error(
      '/usr/bin/chromium is missing: run scripts/ensure-chromium.sh (or apt-get install chromium).',
    )

  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'mc-e2e-'))
  const log = join(dataDir, 'server.log')
  const out = openSync(log, 'a')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MC_BOOTSTRAP_EMAIL: ADMIN_EMAIL,
    MC_BOOTSTRAP_PASSWORD: ADMIN_PASSWORD,
    DEPLOYMENT_MODE: 'single-tenant',
    MC_WEB_DIR: dist,
    LOG_FORMAT: 'json',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    RATE_LIMIT_PER_MINUTE: '0',
  }
  for (const name of [
    'REDIS_URL',
    'DATABASE_URL',
    'MIGRATE_DATABASE_URL',
    'SECRET_KEY',
    'MC_DATA_DIR',
  ])
    delete env[name]
  const child = spawn(python, ['serve', '--data-dir', dataDir, '--port', String(port)], {
    cwd: dataDir,
    env,
    stdio: ['ignore', out, out],
  })
  const baseUrl = `http://127.0.0.1:${port}`
  await waitFor(`${baseUrl}/api/v1/meta`, child, log, 120_000)
  mkdirSync(SHOTS, { recursive: true })
  console.log(`e2e: server at ${baseUrl} (data ${dataDir}); screenshots go to ${SHOTS}`)
  project.provide('baseUrl', baseUrl)
  project.provide('shots', SHOTS)

  return async () => {
    child.kill('SIGTERM')
    await new Promise<void>((done) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        done()
      }, 30_000)
      child.once('exit', () => {
        clearTimeout(timer)
        done()
      })
    })
    rmSync(dataDir, { recursive: true, force: true })
    console.log(`e2e: screenshots of every view (light and dark) are in ${SHOTS}`)
  }
}
