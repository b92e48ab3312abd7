import type { CollectionConfig } from "payload";

import { isAdmin } from "@/access/isAdmin";
import { isAdminFieldLevel } from "@/access/isAdminFieldLevel";
import { isAdminOrStorefront } from "@/access/isAdminOrStorefront";

/**
 * One private calendar feed per reader: the storefront serves
 * `/api/calendar/<token>.ics` listing that reader's RSVPs. Kept here, beside
 * the RSVPs, because RSVPs are keyed by the Medusa customer id the storefront
 * key vouches for, and the feed is looked up by token with that same key.
 * Only the SHA-256 of the token is stored: a copy of the database cannot
 * subscribe to anyone's calendar. "Reset link" replaces the hash, so the old
 * URL stops working at once.
 */
export const CalendarFeeds: CollectionConfig<"calendar-feeds"> = {
  slug: "calendar-feeds",
  access: {
    create: isAdminOrStorefront,
    read: isAdminOrStorefront,
    update: isAdminOrStorefront,
    delete: isAdmin,
  },
  admin: {
    defaultColumns: ["customerId", "updatedAt"],
    useAsTitle: "customerId",
    group: "Events",
  },
  fields: [
    {
      name: "customerId",
      type: "text",
      required: true,
      unique: true,
      label: "Medusa customer id",
      validate: (value: string | null | undefined) =>
        !value ||
        /^cus_[A-Za-z0-9]{10,40}$/.test(value) ||
        "Expected a Medusa customer id (cus_…).",
      // The storefront may replace a feed's token, never hand the feed to another reader.
      access: { update: isAdminFieldLevel },
    },
    {
      name: "tokenHash",
      type: "text",
      required: true,
      unique: true,
      admin: {
        readOnly: true,
        description:
          "SHA-256 of the feed URL’s secret; the secret itself is never stored.",
      },
      validate: (value: string | null | undefined) =>
        !value ||
        /^[0-9a-f]{64}$/.test(value) ||
        "Expected a SHA-256 hash in lowercase hex.",
    },
  ],
  timestamps: true,
};
