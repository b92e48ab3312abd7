/** Most distinct `@handles` read from one post: a post naming a crowd notifies the first ones. */
export const MAX_MENTIONS_PER_POST = 10

// `@` starts a mention unless it follows a letter, digit or `_` (an email address is not one).
const MENTION = /(?<![\p{L}\p{N}_@])@([\p{L}\p{N}](?:[\p{L}\p{N}_.'’-]{0,48}[\p{L}\p{N}])?)/gu
// Code is quoted, not addressed: fenced blocks and inline code mention nobody.
const CODE = /```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]*`/g

/** What a handle leaves out of a display name, as a PostgreSQL regular expression (the same as `handleOf`). */
export const HANDLE_SEPARATORS_SQL = "[[:space:]_.'’-]+"

/** A display name or a written mention as a handle: lowercase, without spaces, `_`, `.`, `-` or apostrophes ("Ada Reader" → "adareader"). */
export const handleOf = (name: string) => name.toLowerCase().replace(/[\s_.'’-]+/gu, "")

/** The distinct handles a post's Markdown source mentions, in order, at most MAX_MENTIONS_PER_POST. */
export function mentionedHandles(source: string): string[] {
  const handles = new Set<string>()
  for (const match of source.replace(CODE, " ").matchAll(MENTION)) {
    const handle = handleOf(match[1])
    if (handle.length >= 2) handles.add(handle)
    if (handles.size >= MAX_MENTIONS_PER_POST) break
  }
  return [...handles]
}
