/**
 * A category's slug is its address in the storefront: /{cc}/community/{slug}.
 * The storefront's own community pages live beside it (/community/new,
 * /community/me, /community/members/{id}, /community/notifications), so those words can never be a
 * category: the page would shadow the category, or the category the page.
 */
export const RESERVED_CATEGORY_SLUGS = ["new", "me", "members", "groups", "notifications"] as const

export const CATEGORY_SLUG_MAX = 60
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Why a slug is not a well-formed web address (length, characters), in words for people; null when it is. */
export function slugShapeProblem(slug: string): string | null {
  if (slug.length < 2) return "The web address must be at least 2 characters"
  if (slug.length > CATEGORY_SLUG_MAX) return `The web address must be at most ${CATEGORY_SLUG_MAX} characters`
  if (!SLUG.test(slug)) {
    return "The web address may use only lowercase letters, digits and single hyphens between them (for example book-club)"
  }
  return null
}

/** Why a slug cannot be used, in words for people; null when it can. */
export function categorySlugProblem(slug: string): string | null {
  const shape = slugShapeProblem(slug)
  if (shape) return shape
  if ((RESERVED_CATEGORY_SLUGS as readonly string[]).includes(slug)) {
    return `“${slug}” is taken by a storefront page (${RESERVED_CATEGORY_SLUGS.join(", ")} are reserved): choose another web address`
  }
  return null
}

/** A slug suggested from a name: "Book club & Co." → "book-club-co" (accents dropped). */
export const slugFromName = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, CATEGORY_SLUG_MAX)
    .replace(/-+$/, "")
