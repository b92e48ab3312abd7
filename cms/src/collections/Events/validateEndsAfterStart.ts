import type { DateFieldValidation } from 'payload'

export const validateEndsAfterStart: DateFieldValidation = (value, { siblingData }) => {
  const startsAt = (siblingData as { startsAt?: Date | string | null }).startsAt
  if (!value || !startsAt) return true
  return new Date(value) > new Date(startsAt) || 'The event must end after it starts.'
}
