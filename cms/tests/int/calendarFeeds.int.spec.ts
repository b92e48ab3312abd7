import { createHash, randomBytes } from "node:crypto";
import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  ensureUser,
  getTestPayload,
  type LocalUser,
  STOREFRONT_USER_EMAIL,
  userByEmail,
} from "./helpers";

const RUN = Date.now().toString(36);
let payload: Payload;
let storefront: LocalUser;
let editor: LocalUser;
let author: LocalUser;
let commerce: LocalUser;
let admin: LocalUser;

const customer = (n: number) =>
  `cus_FEEDTEST${RUN}${String(n).padStart(4, "0")}`;
const newHash = () =>
  createHash("sha256").update(randomBytes(32)).digest("hex");
// `null` is a visitor: no user at all, with access checked.
const as = (user: LocalUser | null) =>
  user ? { user, overrideAccess: false } : { overrideAccess: false };

/** What the storefront does when a reader opens or resets their feed link. */
const createFeed = (
  customerId: string,
  tokenHash = newHash(),
  user: LocalUser = storefront,
) =>
  payload.create({
    collection: "calendar-feeds",
    data: { customerId, tokenHash },
    ...as(user),
  });

/** What the feed route does with the hash of the token in the URL. */
const findByHash = (tokenHash: string, user: LocalUser | null = storefront) =>
  payload.find({
    collection: "calendar-feeds",
    where: { tokenHash: { equals: tokenHash } },
    limit: 1,
    ...as(user),
  });

beforeAll(async () => {
  payload = await getTestPayload();
  storefront = await userByEmail(payload, STOREFRONT_USER_EMAIL);
  editor = await ensureUser(payload, {
    email: `feed-editor-${RUN}@example.com`,
    roles: ["editor"],
  });
  author = await ensureUser(payload, {
    email: `feed-author-${RUN}@example.com`,
    roles: ["author"],
  });
  commerce = await ensureUser(payload, {
    email: `feed-commerce-${RUN}@example.com`,
    roles: ["commerce"],
  });
  admin = await ensureUser(payload, {
    email: `feed-admin-${RUN}@example.com`,
    roles: ["admin"],
  });
});

afterAll(async () => {
  await payload.delete({
    collection: "calendar-feeds",
    where: { customerId: { like: `cus_FEEDTEST${RUN}` } },
  });
  await payload.destroy();
});

describe("calendar feeds: who may touch them", () => {
  it("lets the storefront key make a reader’s feed and find it by the hash of its token", async () => {
    const tokenHash = newHash();
    const feed = await createFeed(customer(1), tokenHash);
    const { docs } = await findByHash(tokenHash);
    expect(docs.map((doc) => doc.customerId)).toEqual([customer(1)]);
    expect(docs[0]?.id).toBe(feed.id);
  });

  it("hides every feed from editors, authors, the commerce key and visitors; admins may look", async () => {
    const tokenHash = newHash();
    await createFeed(customer(2), tokenHash);
    for (const user of [editor, author, commerce, null]) {
      const outcome = await findByHash(tokenHash, user).then(
        (found) => `${user?.email ?? "visitor"} read ${found.docs.length}`,
        (error: { status?: number }) =>
          `${user?.email ?? "visitor"} refused ${error.status}`,
      );
      expect(outcome).toBe(`${user?.email ?? "visitor"} refused 403`);
    }
    expect((await findByHash(tokenHash, admin)).docs).toHaveLength(1);
  });

  it("lets nobody but the storefront key and admins make one", async () => {
    for (const user of [editor, author, commerce]) {
      await expect(
        createFeed(customer(3), newHash(), user),
      ).rejects.toMatchObject({ status: 403 });
    }
    await expect(
      payload.create({
        collection: "calendar-feeds",
        data: { customerId: customer(3), tokenHash: newHash() },
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("keeps one feed per reader and refuses a secret stored in the clear", async () => {
    await createFeed(customer(4));
    await expect(createFeed(customer(4))).rejects.toMatchObject({
      status: 400,
    });
    await expect(createFeed(customer(5), "not-a-hash")).rejects.toMatchObject({
      status: 400,
    });
    await expect(createFeed("someone@example.com")).rejects.toMatchObject({
      status: 400,
    });
  });
});

describe("calendar feeds: reset", () => {
  it("replaces the token so the old hash finds nothing at once, and never hands the feed to another reader", async () => {
    const oldHash = newHash();
    const feed = await createFeed(customer(6), oldHash);
    const freshHash = newHash();
    const updated = await payload.update({
      collection: "calendar-feeds",
      id: feed.id,
      data: { tokenHash: freshHash, customerId: customer(7) },
      ...as(storefront),
    });
    expect(updated.tokenHash).toBe(freshHash);
    // Field access drops the storefront's attempt to move the feed.
    expect(updated.customerId).toBe(customer(6));
    expect((await findByHash(oldHash)).docs).toEqual([]);
    expect(
      (await findByHash(freshHash)).docs.map((doc) => doc.customerId),
    ).toEqual([customer(6)]);
  });

  it("lets editors neither reset nor delete a feed, and the storefront not delete one", async () => {
    const feed = await createFeed(customer(8));
    await expect(
      payload.update({
        collection: "calendar-feeds",
        id: feed.id,
        data: { tokenHash: newHash() },
        ...as(editor),
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      payload.delete({
        collection: "calendar-feeds",
        id: feed.id,
        ...as(storefront),
      }),
    ).rejects.toMatchObject({
      status: 403,
    });
  });
});
