import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, cookie, ok, type Me, type Meta, type Provider } from '@/api/client'
import { ApiError } from '@/api/errors'

/** Who is signed in, what this server is (meta), and how to sign in (providers). */
export const useSession = defineStore('session', () => {
  const me = ref<Me | null>(null)
  const meta = ref<Meta | null>(null)
  const providers = ref<Provider[]>([])
  const checked = ref(false)

  const signedIn = computed(() => me.value !== null)
  const singleTenant = computed(() => meta.value?.deployment_mode !== 'multi-tenant')
  const orgs = computed(() => me.value?.orgs ?? [])

  async function loadMeta() {
    if (meta.value) return
    const [m, p] = await Promise.all([
      ok(api.GET('/api/v1/meta')),
      ok(api.GET('/api/v1/auth/providers')).catch(() => [] as Provider[]),
    ])
    meta.value = m
    providers.value = p
  }

  /** Ask the server who we are (once per page load unless forced). */
  async function check(force = false): Promise<boolean> {
    if (checked.value && !force) return signedIn.value
    // Signing in sets mc_csrf (readable) with the session cookie: without it, nobody is signed in.
    if (!cookie('mc_csrf')) {
      me.value = null
      checked.value = true
      return false
    }
    try {
      me.value = await ok(api.GET('/api/v1/users/me'))
    } catch (err) {
      if (!(err instanceof ApiError) || (err.status !== 401 && err.status !== 403)) {
        checked.value = true
        throw err
      }
      me.value = null
    }
    checked.value = true
    return signedIn.value
  }

  async function signIn(email: string, password: string) {
    await ok(api.POST('/api/v1/auth/login', { body: { email, password } }))
    await check(true)
  }

  async function signOut() {
    try {
      await ok(api.POST('/api/v1/auth/logout'))
    } finally {
      me.value = null
      checked.value = true
    }
  }

  function forget() {
    me.value = null
    checked.value = true
  }

  function defaultOrg(): string | null {
    return meta.value?.default_org ?? orgs.value[0]?.slug ?? null
  }

  return {
    me,
    meta,
    providers,
    checked,
    signedIn,
    singleTenant,
    orgs,
    loadMeta,
    check,
    signIn,
    signOut,
    forget,
    defaultOrg,
  }
})
