import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectAccessible, launch, newPage, shoot, signIn } from './helpers'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('signing in', () => {
  it('opens on the sign-in page, refuses a wrong password in plain words, then signs in and out', async () => {
    const { page, context } = await newPage(browser)
    await page.goto('/')
    await page.waitForURL(/\/sign-in/)
    await expect
      .poll(() => page.getByRole('heading', { name: 'Sign in to Mission Control' }).isVisible())
      .toBe(true)
    await shoot(page, 'sign-in')
    await expectAccessible(page, 'the sign-in page')

    await page.getByLabel('Email').fill('admin@example.com')
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    const alert = page.getByRole('alert').filter({ hasText: /password/i })
    await alert.waitFor()
    expect(await alert.textContent()).not.toMatch(/invalid_credentials|\{/)

    await signIn(page)
    await page.getByRole('heading', { name: 'Mission Control', level: 1 }).waitFor()
    await expect.poll(() => page.locator('[data-live="live"]').count()).toBe(1)
    // Single-tenant: no org switcher.
    expect(await page.getByRole('button', { name: 'Switch organization' }).count()).toBe(0)
    await shoot(page, 'dashboard')
    await expectAccessible(page, 'the dashboard')

    await page.getByRole('button', { name: 'Your account' }).click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await page.waitForURL(/\/sign-in/)
    await page.goto('/orgs/default/projects')
    await page.waitForURL(/\/sign-in\?next=/)
    await context.close()
  })

  it('works at phone width', async () => {
    const { page, context } = await newPage(browser, 390, 844)
    await signIn(page)
    await page.getByRole('button', { name: /Menu/ }).click()
    await page.getByRole('link', { name: 'Projects' }).click()
    await page.waitForURL(/\/projects$/)
    await shoot(page, 'projects-phone')
    await expectAccessible(page, 'projects at 390 px')
    await context.close()
  })
})
