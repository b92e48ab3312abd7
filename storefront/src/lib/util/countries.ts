const names = new Intl.DisplayNames(["en-GB"], { type: "region" })

/** A country's name from its ISO code: "ng" → "Nigeria". An unknown code is shown as it came, in capitals. */
export function countryName(code: string | null | undefined): string {
  if (!code) return ""
  const upper = code.toUpperCase()
  if (!/^[A-Z]{2}$/.test(upper)) return upper
  try {
    const name = names.of(upper)
    return name && name !== "Unknown Region" ? name : upper
  } catch {
    return upper
  }
}
