// The web UI's figures, measured in headless Chromium against the real server:
//   JS loaded before the first view (on the wire, gzip), what the board route adds,
//   and how long a 500-task board takes to be interactive. Printed for bench/RESULTS.md.
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, createProject, launch, newPage, ORG, signIn } from './helpers'

const TARGET = { upFrontKB: 150, boardKB: 80, interactiveMs: 1500 }
const TASKS = 500
const RUNS = 5

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launch()
  page = (await newPage(browser)).page
  await signIn(page)
})
afterAll(async () => {
  await browser?.close()
})

async function scriptBytes(p: Page, since = 0): Promise<number> {
  return p.evaluate(
    (after) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
        .filter((r) => r.startTime >= after)
        .reduce((n, r) => n + r.encodedBodySize, 0),
    since,
  )
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

describe('web UI benchmark', () => {
  it(`measures the first view, the board route and a ${TASKS}-task board`, async () => {
    const seeding = Date.now()
    await createProject(page, 'BEN', 'Benchmark board')
    const statuses = ['todo', 'backlog']
    const queue = Array.from({ length: TASKS }, (_, i) => i)
    const made: { ref: string; status: string }[] = []
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
          const r = await api<{ ref: string }>(page, 'POST', `/orgs/${ORG}/projects/BEN/tasks`, {
            title: `Benchmark task ${i} with a title long enough to wrap onto a second line`,
            status: statuses[i % 5 === 0 ? 1 : 0],
            priority: ['none', 'low', 'medium', 'high', 'urgent'][i % 5],
            labels: i % 3 ? ['bench'] : ['bench', 'ui'],
          })
          expect(r.status).toBe(201)
          made.push({ ref: r.body.ref, status: statuses[i % 5 === 0 ? 1 : 0]! })
        }
      }),
    )
    for (const { ref } of made.filter((t) => t.status === 'todo').slice(0, 100)) {
      const moved = await api(page, 'POST', `/orgs/${ORG}/tasks/${ref}/transition`, {
        status: 'in_progress',
      })
      expect(moved.status).toBe(200)
    }
    console.log(`bench: ${TASKS} tasks made in ${((Date.now() - seeding) / 1000).toFixed(1)} s`)

    const cookies = await page.context().cookies()
    const upFront: number[] = []
    const board: number[] = []
    const interactive: number[] = []
    for (let run = 0; run < RUNS; run++) {
      // A fresh context each run: nothing cached, as on a first visit.
      const { context, page: fresh } = await newPage(browser)
      await context.addCookies(cookies)
      await fresh.goto(`/orgs/${ORG}`)
      await fresh.getByRole('heading', { level: 1 }).waitFor()
      upFront.push(await scriptBytes(fresh))
      const before = await fresh.evaluate(() => performance.now())
      await fresh.getByRole('link', { name: 'Projects' }).click()
      await fresh.locator('[data-key="BEN"]').waitFor()
      await fresh.getByRole('link', { name: 'Benchmark board' }).click()
      await fresh.locator('[data-card]').first().waitFor()
      board.push(await scriptBytes(fresh, before))
      // The board opened directly: from navigation start until its cards are rendered and
      // the first card takes focus and answers a key.
      await fresh.goto('about:blank')
      await fresh.goto(`/orgs/${ORG}/projects/BEN`)
      await fresh.waitForFunction(
        () => performance.getEntriesByName('mc:board-interactive').length > 0,
        null,
        { timeout: 30_000 },
      )
      const ms = await fresh.evaluate(
        () => performance.getEntriesByName('mc:board-interactive')[0]!.startTime,
      )
      expect(await fresh.locator('[data-card]').count()).toBe(TASKS)
      await fresh.locator('[data-card]').first().focus()
      await fresh.keyboard.press('j')
      expect(await fresh.evaluate(() => document.activeElement?.hasAttribute('data-card'))).toBe(
        true,
      )
      interactive.push(ms)
      console.log(`bench: run ${run + 1}: ${Math.round(ms)} ms`)
      await context.close()
    }

    const figures = {
      date: new Date().toISOString().slice(0, 10),
      upFrontGzipKB: +(median(upFront) / 1024).toFixed(1),
      boardRouteGzipKB: +(median(board) / 1024).toFixed(1),
      boardInteractiveMs: Math.round(median(interactive)),
      boardInteractiveRunsMs: interactive.map(Math.round),
      tasks: TASKS,
      runs: RUNS,
      target: TARGET,
    }
    const out = resolve(__dirname, '..', '..', 'bench', 'out')
    mkdirSync(out, { recursive: true })
    writeFileSync(resolve(out, 'web.json'), JSON.stringify(figures, null, 2) + '\n')
    console.log(
      [
        'web UI benchmark (headless Chromium, median of ' + RUNS + ' cold loads):',
        `  JS before the first view: ${figures.upFrontGzipKB} KB gzip on the wire (target <= ${TARGET.upFrontKB} KB)`,
        `  board route adds:         ${figures.boardRouteGzipKB} KB gzip (target <= ${TARGET.boardKB} KB)`,
        `  ${TASKS}-task board interactive: ${figures.boardInteractiveMs} ms after navigation start (target <= ${TARGET.interactiveMs} ms; runs ${figures.boardInteractiveRunsMs.join(', ')})`,
        `  written to bench/out/web.json`,
      ].join('\n'),
    )
    expect(figures.upFrontGzipKB).toBeLessThanOrEqual(TARGET.upFrontKB)
    expect(figures.boardRouteGzipKB).toBeLessThanOrEqual(TARGET.boardKB)
  }, 300_000)
})
