import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router'
import { useSession } from '@/stores/session'

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean
    title?: string
  }
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    {
      path: '/sign-in',
      name: 'sign-in',
      component: () => import('@/views/SignInView.vue'),
      meta: { public: true, title: 'Sign in' },
    },
    { path: '/', name: 'home', component: () => import('@/views/HomeView.vue') },
    {
      path: '/orgs/:slug',
      component: () => import('@/layouts/OrgLayout.vue'),
      children: [
        {
          path: '',
          name: 'dashboard',
          component: () => import('@/views/DashboardView.vue'),
          meta: { title: 'Dashboard' },
        },
        {
          path: 'projects',
          name: 'projects',
          component: () => import('@/views/ProjectsView.vue'),
          meta: { title: 'Projects' },
        },
        {
          path: 'projects/:key',
          name: 'board',
          component: () => import('@/views/TaskBoardView.vue'),
          meta: { title: 'Board' },
        },
        {
          path: 'tasks/:ref',
          name: 'task',
          component: () => import('@/views/TaskView.vue'),
          meta: { title: 'Task' },
        },
        {
          path: 'approvals',
          name: 'approvals',
          component: () => import('@/views/ApprovalsView.vue'),
          meta: { title: 'Approvals' },
        },
        {
          path: 'agents',
          name: 'agents',
          component: () => import('@/views/AgentsView.vue'),
          meta: { title: 'Agents' },
        },
      ],
    },
    {
      path: '/:rest(.*)*',
      name: 'not-found',
      component: () => import('@/views/NotFoundView.vue'),
      meta: { public: true, title: 'Not found' },
    },
  ],
})

router.beforeEach(async (to: RouteLocationNormalized) => {
  const session = useSession()
  if (to.meta.public) return true
  let signedIn: boolean
  try {
    signedIn = await session.check()
  } catch {
    // The server is unreachable: the view shows the error; do not bounce to sign-in.
    return true
  }
  if (!signedIn) return { name: 'sign-in', query: to.fullPath !== '/' ? { next: to.fullPath } : {} }
  return true
})

router.afterEach((to) => {
  const parts = [
    to.meta.title,
    typeof to.params.key === 'string' ? to.params.key : null,
    'Mission Control',
  ]
  document.title = parts.filter(Boolean).join(' · ')
})
