// What every e2e file needs: Debian's Chromium through playwright-core, a signed-in page,
// API calls as that person or as an agent key, screenshots in light and dark, and axe.
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest'
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './global-setup'

export const baseUrl = inject('baseUrl')
const shots = inject('shots')
export const ORG = 'default'

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export async function newPage(
  browser: Browser,
  width = 1280,
  height = 800,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width, height },
    colorScheme: 'light',
    reducedMotion: 'reduce',
  })
  const page = await context.newPage()
  page.on('pageerror', (err) => console.error(`page error: ${err.message}`))
  return { context, page }
}

export async function signIn(page: Page, email = ADMIN_EMAIL, password = ADMIN_PASSWORD) {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(/\/orgs\/[^/]+/)
}

async function csrf(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'mc_csrf')
  if (!cookie) throw new Error('not signed in: no mc_csrf cookie')
  return cookie.value
}

/** The API as the signed-in person (the page's cookies, the CSRF header). */
export async function api<T = unknown>(
  page: Page,
  method: string,
  path: string,
  data?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await page.request.fetch(`/api/v1${path}`, {
    method,
    data: data === undefined ? undefined : data,
    headers: { 'X-CSRF-Token': await csrf(page) },
  })
  const text = await response.text()
  return { status: response.status(), body: (text ? JSON.parse(text) : null) as T }
}

/** The API as an agent: a bearer key, no cookies. */
export async function asAgent<T = unknown>(
  key: string,
  method: string,
  path: string,
  data?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: data === undefined ? undefined : JSON.stringify(data),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T }
}

export interface TaskOut {
  id: string
  ref: string
  status: string
  position: string
  title: string
  version: number
}

export async function createProject(
  page: Page,
  key: string,
  name: string,
  extra: Record<string, unknown> = {},
) {
  const r = await api<{ id: string }>(page, 'POST', `/orgs/${ORG}/projects`, {
    key,
    name,
    stage: 'active',
    ...extra,
  })
  expect(r.status).toBe(201)
  return r.body
}

export async function createTask(
  page: Page,
  key: string,
  title: string,
  extra: Record<string, unknown> = {},
) {
  const r = await api<TaskOut>(page, 'POST', `/orgs/${ORG}/projects/${key}/tasks`, {
    title,
    ...extra,
  })
  expect(r.status).toBe(201)
  return r.body
}

export async function getTask(page: Page, ref: string) {
  return (await api<TaskOut>(page, 'GET', `/orgs/${ORG}/tasks/${ref}`)).body
}

/** A screenshot of the page as it was when a test failed, next to the others. */
export async function shootFailure(page: Page, name: string) {
  await page
    .screenshot({ path: `${shots}/FAILED-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}.png` })
    .catch(() => undefined)
}

/** Nothing on the page is still loading. */
export async function settled(page: Page) {
  await page.waitForFunction(
    () => !document.querySelector('[role="status"][aria-label^="Loading"]'),
    null,
    { timeout: 15_000 },
  )
  await page.evaluate(() => document.fonts.ready)
}

async function repainted(page: Page) {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  )
  await page.waitForTimeout(150)
}

/** Save the view as it looks in light and in dark. */
export async function shoot(page: Page, name: string) {
  await settled(page)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await repainted(page)
    await page.screenshot({ path: `${shots}/${name}-${scheme}.png`, fullPage: false })
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

/** axe on the page in light and dark: no serious or critical violation. */
export async function expectAccessible(page: Page, what: string) {
  await settled(page)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await repainted(page)
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze()
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    const report = bad.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('\n  ')}`,
    )
    expect(report, `${what} in ${scheme}`).toEqual([])
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

export function column(page: Page, status: string) {
  return page.locator(`[data-column="${status}"]`).first()
}

export function card(page: Page, ref: string) {
  return page.locator(`[data-ref="${ref}"]`)
}

/** A file's shared browser and signed-in page: launched before its tests, a screenshot
 *  of every failing test, closed after. `use` receives the page once it is ready. */
export function signedInPage(use: (page: Page) => void) {
  let browser: Browser | undefined
  let page: Page | undefined
  beforeAll(async () => {
    browser = await launch()
    page = (await newPage(browser)).page
    await signIn(page)
    use(page)
  })
  afterEach(async (ctx) => {
    if (page && ctx.task.result?.state === 'fail') await shootFailure(page, ctx.task.name)
  })
  afterAll(async () => {
    await browser?.close()
  })
}
