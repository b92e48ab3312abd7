import { daysFrom, findIdBySlug, seedContext, type SeedArgs } from '../context'

const description = `## An evening with The Quiet Draft

Adaeze reads two chapters from *The Quiet Draft*, then answers questions about outlining, revising and finishing a first book.

- Doors open 30 minutes before the reading.
- Signed copies are available at the venue.

> Bring one sentence you are stuck on; we will work on a few together.

Can't make it in person? Follow the [livestream](https://example.com/live) instead.`

/** 17:00 in Lagos (UTC+1, no daylight saving) about a month after seeding. */
const lagosEvening = (now: Date) => {
  const day = daysFrom(now, 30)
  day.setUTCHours(16, 0, 0, 0)
  return day
}

export async function seedEvents({ payload, markdown, now }: SeedArgs) {
  const slug = 'lagos-book-reading'
  if (await findIdBySlug(payload, 'events', slug)) return { created: 0 }
  const startsAt = lagosEvening(now)
  await payload.create({
    collection: 'events',
    data: {
      title: 'Lagos book reading: The Quiet Draft',
      slug,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      timeZone: 'Africa/Lagos',
      venue: 'Terra Kulture, Victoria Island, Lagos',
      onlineUrl: 'https://example.com/live',
      capacity: 40,
      registrationOpen: true,
      description: markdown(description),
      _status: 'published',
    },
    context: seedContext,
  })
  return { created: 1 }
}
