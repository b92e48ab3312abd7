import type { FieldHook } from 'payload'

/** Stamps the first publication so listings can sort by it; an editor may still backdate it. */
export const populatePublishedAt: FieldHook = ({ siblingData, value }) => {
  if (siblingData?._status === 'published' && !value) return new Date().toISOString()
  return value
}
