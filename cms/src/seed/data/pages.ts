import type { Page } from '@/payload-types'
import { findIdBySlug, seedContext, type SeedArgs } from '../context'

const aboutBody = `## Why I write about writing and learning

I spent ten years teaching secondary school English in Lagos before I wrote my first book. The books and courses here grew out of that classroom: practical, a little stubborn, and built to be used.

- *The Quiet Draft* is about finishing what you start.
- *Learning in Public* is about getting better where people can see.

> Teach what you are still learning, and say so.

New essays go up on the [blog](/blog) most weeks.`

/** Every demo book, so the home page still shows the whole shelf it showed before it came from the cms. */
const HOME_BOOKS = [
  'the-quiet-draft',
  'learning-in-public',
  'harmattan-letters',
  'the-teachers-notebook',
  'deep-work-in-lagos',
  'sentences-that-sing',
  'the-long-afternoon',
  'small-habits-big-books',
]

const pages = (markdown: SeedArgs['markdown']): Pick<Page, 'title' | 'slug' | 'layout'>[] => [
  {
    title: 'Home',
    slug: 'home',
    layout: [
      {
        // The home page's only h1, as before it came from the cms.
        blockType: 'hero',
        heading: 'Books for writers, teachers and lifelong learners',
        subheading:
          'Practical guides on outlining, drafting and learning in public by Adaeze Okafor.',
        cta: { label: 'Browse the shop', url: '/store' },
      },
      {
        blockType: 'featuredBooks',
        heading: 'Books',
        productHandles: HOME_BOOKS.map((handle) => ({ handle })),
      },
      { blockType: 'latestPosts', heading: 'Latest from the blog', limit: 3 },
      {
        blockType: 'callToAction',
        heading: 'Come to the next reading',
        text: 'Readings, workshops and online sessions, with a few seats kept for students.',
        label: 'See upcoming events',
        url: '/events',
      },
      {
        blockType: 'newsletterSignup',
        heading: 'Get the newsletter',
        text: 'One letter a week on writing and learning. Confirm by email; leave with one click.',
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
