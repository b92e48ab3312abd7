/**
 * Import after ebook-env in the ebook files spec: a small upload limit, so
 * an oversize file is a few kilobytes (commerce's env is read once, by the first import).
 */
export const EBOOK_MAX_BYTES = 64 * 1024
process.env.EBOOK_MAX_BYTES = String(EBOOK_MAX_BYTES)
