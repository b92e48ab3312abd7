/** The sizes commerce accepts for a review (commerce/src/api/store/products/validators.ts). */
export const REVIEW_LIMITS = { titleMax: 120, bodyMin: 10, bodyMax: 2000 } as const
