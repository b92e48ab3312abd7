/**
 * Import after ebook-env in the lesson content spec: a small attachment
 * limit, so an oversize file is a few kilobytes (commerce's env is read once, by the first import).
 */
export const LESSON_ATTACHMENT_MAX_BYTES = 64 * 1024
process.env.LESSON_ATTACHMENT_MAX_BYTES = String(LESSON_ATTACHMENT_MAX_BYTES)
