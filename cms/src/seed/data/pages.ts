import type { Page } from '@/payload-types'
import { findIdBySlug, seedContext, type SeedArgs } from '../context'

const aboutBody = `## Why I write about writing and learning

I spent ten years teaching secondary school English in Lagos before I wrote my first book. The books and courses here grew out of that classroom: practical, a little stubborn, and built to be used.

- *The Quiet Draft* is about finishing what you start.
- *Learning in Public* is about getting better where people can see.

> Teach what you are still learning, and say so.

New essays go up on the [blog](/blog) most weeks.`

const pages = (markdown: SeedArgs['markdown']): Pick<Page, 'title' | 'slug' | 'layout'>[] => [
  {
    title: 'Home',
    slug: 'home',
    layout: [
      {
        blockType: 'hero',
        heading: 'Books and courses for people who write to learn',
        subheading:
          'Practical guides on outlining, drafting and learning in public by Adaeze Okafor.',
        cta: { label: 'Browse the shop', url: '/store' },
      },
      {
        blockType: 'featuredBooks',
        heading: 'Start with these books',
        productHandles: [{ handle: 'the-quiet-draft' }, { handle: 'learning-in-public' }],
      },
      {
        blockType: 'callToAction',
        heading: 'Come to the next reading',
        text: 'Readings, workshops and online sessions, with a few seats kept for students.',
        label: 'See upcoming events',
        url: '/events',
      },
    ],
  },
  {
    title: 'About',
    slug: 'about',
    layout: [
      {
        blockType: 'hero',
        heading: 'About Adaeze',
        subheading: 'Author, teacher and stubborn outliner.',
      },
      { blockType: 'richText', content: markdown(aboutBody) },
    ],
  },
]

export async function seedPages({ payload, markdown }: SeedArgs) {
  let created = 0
  for (const page of pages(markdown)) {
    if (await findIdBySlug(payload, 'pages', page.slug)) continue
    await payload.create({
      collection: 'pages',
      data: { ...page, _status: 'published' },
      context: seedContext,
    })
    created++
  }
  return { created }
}
