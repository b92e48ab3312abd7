import type { Payload } from 'payload'

import { seedContext } from '../context'

/** Globals always exist, so "already seeded" means an editor (or a previous seed) filled them. */
export async function seedGlobals(payload: Payload) {
  let created = 0
  const [header, footer, settings] = await Promise.all([
    payload.findGlobal({ slug: 'header', depth: 0 }),
    payload.findGlobal({ slug: 'footer', depth: 0 }),
    payload.findGlobal({ slug: 'site-settings', depth: 0 }),
  ])

  if (!header.navItems?.length) {
    await payload.updateGlobal({
      slug: 'header',
      data: {
        navItems: [
          { label: 'Shop', url: '/store' },
          { label: 'Blog', url: '/blog' },
          { label: 'Courses', url: '/courses' },
          { label: 'Community', url: '/community' },
          { label: 'Events', url: '/events' },
          { label: 'About', url: '/about' },
        ],
      },
      context: seedContext,
    })
    created++
  }

  if (!footer.columns?.length && !footer.copyright) {
    await payload.updateGlobal({
      slug: 'footer',
      data: {
        columns: [
          {
            heading: 'Read',
            links: [
              { label: 'Blog', url: '/blog' },
              { label: 'Books', url: '/store' },
            ],
          },
          {
            heading: 'Meet',
            links: [
              { label: 'Events', url: '/events' },
              { label: 'About', url: '/about' },
            ],
          },
        ],
        copyright: `${new Date().getFullYear()} Adaeze Okafor`,
      },
      context: seedContext,
    })
    created++
  }

  if (!settings.siteName) {
    await payload.updateGlobal({
      slug: 'site-settings',
      // What the storefront, emails and certificates printed before the brand was a setting.
      data: {
        siteName: 'Adaeze Okafor',
        authorName: 'Adaeze Okafor',
        tagline: 'Books for writers, teachers and lifelong learners.',
        contactEmail: 'hello@example.com',
        certificateSignatureLine: 'Author and course leader',
      },
      context: seedContext,
    })
    created++
  }

  return { created }
}
