const postDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Africa/Lagos" })

/** A post's date as readers in Lagos see it, e.g. "3 November 2026". */
export const formatPostDate = (iso: string) => postDate.format(new Date(iso))

/**
 * An event's time in its own zone, with the zone named, e.g.
 * "Saturday 19 December 2026, 17:00 WAT": readers abroad see when it really is.
 */
export function formatEventTime(iso: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat("en-GB", {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
      timeZoneName: "short",
    }).format(new Date(iso))
  } catch {
    // An unknown zone typed into the cms falls back to UTC rather than failing the page.
    return formatEventTime(iso, "UTC")
  }
}
