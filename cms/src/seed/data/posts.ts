import type { Post } from '@/payload-types'
import { daysFrom, findIdBySlug, seedContext, type SeedArgs } from '../context'
import {
  courseNotesDraft,
  habitsThatMakeLearningStick,
  outlineInAWeekend,
  writingInPublic,
} from './postContent'

type PostSeed = Pick<Post, 'title' | 'slug' | 'excerpt' | 'tags' | '_status'> & {
  body: string
  category: 'writing-craft' | 'learning'
  daysAgo: number
}

const posts: PostSeed[] = [
  {
    title: 'How I outline a book in a weekend',
    slug: 'how-i-outline-a-book-in-a-weekend',
    excerpt:
      'One promise, a list of reader questions and a Sunday deadline: the outline method behind my last two books.',
    tags: ['outlining', 'books'],
    category: 'writing-craft',
    body: outlineInAWeekend,
    daysAgo: 3,
    _status: 'published',
  },
  {
    title: 'Five habits that make learning stick',
    slug: 'five-habits-that-make-learning-stick',
    excerpt:
      'Fluency fades by Tuesday. These study habits are the ones my students still use a month later.',
    tags: ['learning', 'study habits'],
    category: 'learning',
    body: habitsThatMakeLearningStick,
    daysAgo: 12,
    _status: 'published',
  },
  {
    title: 'Writing in public without burning out',
    slug: 'writing-in-public-without-burning-out',
    excerpt:
      'Three rules that turned public writing from a performance into a practice I can keep up.',
    tags: ['writing in public', 'habits'],
    category: 'writing-craft',
    body: writingInPublic,
    daysAgo: 26,
    _status: 'published',
  },
  {
    title: 'Draft: notes for the upcoming course',
    slug: 'draft-upcoming-course-notes',
    excerpt: 'Working notes for the next course. Not published.',
    tags: ['courses'],
    category: 'learning',
    body: courseNotesDraft,
    daysAgo: 0,
    _status: 'draft',
  },
]

export async function seedPosts(
  { payload, markdown, now }: SeedArgs,
  refs: { authorId: number; categoryIds: Record<string, number> },
) {
  let created = 0
  for (const { body, category, daysAgo, ...post } of posts) {
    if (await findIdBySlug(payload, 'posts', post.slug)) continue
    const isPublished = post._status === 'published'
    await payload.create({
      collection: 'posts',
      draft: !isPublished,
      data: {
        ...post,
        content: markdown(body),
        author: refs.authorId,
        categories: [refs.categoryIds[category]],
        publishedAt: isPublished ? daysFrom(now, -daysAgo).toISOString() : null,
      },
      context: seedContext,
    })
    created++
  }
  return { created }
}
