// The community at the volume of issue 22, written straight into the
// community module's tables with set-based SQL after the app's migrations ran:
// 10,000 members, 30 interest groups (a third private) that about half the
// members are in, 50,000 discussions (some in groups, some hidden) and
// 500,000 replies, skewed as a real forum is (a few members write most
// posts; recent threads get most replies), with the reactions, badges and
// notifications those posts would have made (a reply notification for each
// reply to someone else's thread, read unless it is from the last three
// days). The generator is seeded: every run measures the same community.
import { COMMON_WORDS } from "./search-seed.mjs"

export const COMMUNITY_CORPUS = { members: 10_000, groups: 30, discussions: 50_000, replies: 500_000, reactions: 150_000 }

export const FIRST_NAMES = `
Ada Adaeze Adebayo Ayo Bola Chidi Chiamaka Chinedu Chioma Damilola Emeka Eniola Femi Folake Funmi Ifeoma Ike Jide
Kemi Kunle Lola Musa Ngozi Nkechi Obinna Olu Oluwaseun Segun Tobi Tunde Uche Yemi Zainab Amara Bisi Dayo Efe Ese
Hauwa Ibrahim Kelechi Nneka Osas Sade Tayo Wale Anna Ben Clara David Elena Farah Grace Hannah Isaac James Kofi Laura
Maria Nadia Omar Paul Rachel Samuel Tara Victor Wendy Yusuf Zara Amina Joy Peace Esther Daniel Ruth Mary John
`.trim().split(/\s+/)

export const LAST_NAMES = `
Adeyemi Okafor Okonkwo Eze Nwosu Balogun Bello Abubakar Adebayo Afolabi Akande Chukwu Obi Ogunleye Olawale Onyeka
Ibekwe Nnamdi Uzor Yusuf Lawal Okoro Ojo Ogundipe Adewale Mensah Boateng Asante Owusu Kamau Otieno Mwangi Banda
Smith Johnson Williams Brown Jones Garcia Miller Davis Wilson Taylor Thomas Moore Martin Clark Lewis Walker Hall
Allen Young King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner
Okeke Nwachukwu Ikenna Oyelaran Soyinka Achebe Emecheta Adichie Iweala Okri Habila Atta Ndibe Abani
`.trim().split(/\s+/)

const GROUPS = [
  "Poetry circle", "Memoir writers", "Lagos readers", "Abuja book club", "Children's books", "Crime and mystery",
  "Historical fiction", "Short stories", "Screenwriting", "Self-publishing", "Editing and revision", "Writing sprints",
  "Fantasy worlds", "Romance readers", "Non-fiction craft", "Essayists", "Translators", "Book reviewers",
  "Audiobook listeners", "Illustrators", "Journaling", "Yoruba literature", "Igbo literature", "Hausa literature",
  "Young writers", "Teachers who write", "Literary prizes", "Reading challenge", "Course alumni", "Night owls",
]

/** Members' names, drawn from the lists above (first names skewed: some are far more common than others). */
const MEMBERS = `
  INSERT INTO community_member (id, customer_id, display_name, bio, avatar_url, role, status, joined_at,
                                show_bio, show_badges, show_courses, hidden_from_directory, created_at, updated_at)
  SELECT 'cmem_bench_' || g, 'cus_bench_' || g,
         ($1::text[])[1 + floor(array_length($1::text[], 1) * power(random(), 1.5))::int] || ' ' ||
           ($2::text[])[1 + floor(array_length($2::text[], 1) * random())::int],
         CASE WHEN g % 3 = 0 THEN NULL ELSE s.s END,
         CASE WHEN g % 4 = 0 THEN 'https://ik.imagekit.io/bench/avatars/' || g || '.webp' END,
         CASE WHEN g % 200 = 0 THEN 'moderator' ELSE 'member' END,
         CASE WHEN g % 50 = 7 THEN 'suspended' ELSE 'active' END,
         j.at, g % 5 <> 0, g % 10 <> 0, g % 3 = 0, g % 33 = 0, j.at, j.at
  FROM (SELECT g, now() - random() * 1100 * interval '1 day' AS at FROM generate_series(1, $3::int) g) j
  JOIN bench_sentence s ON s.n = 1 + j.g % 2000`

const SENTENCES = `
  CREATE TEMP TABLE bench_sentence AS
  SELECT n, initcap(left(s, 1)) || substr(s, 2) || '.' AS s FROM (
    SELECT p.n, string_agg(($1::text[])[1 + floor(array_length($1::text[], 1) * power(random(), 2))::int], ' ' ORDER BY p.k) AS s
    FROM (SELECT n, k FROM generate_series(1, 2000) n, generate_series(1, 6 + n % 15) k) p
    GROUP BY p.n
  ) t`

// Authors are drawn by power 2 over members in id order: the first members write most.
const AUTHOR = `'cmem_bench_' || (1 + floor($1::int * power(random(), 2))::int)`

/** Seeds the community (replacing an earlier bench community) and answers how many rows each table holds. */
export async function seedCommunity(client, { log = () => {}, corpus = COMMUNITY_CORPUS } = {}) {
  const { members, groups, discussions, replies, reactions } = corpus
  await client.query("SELECT setseed(0.22)")
  await client.query("BEGIN")
  try {
    for (const table of ["notification", "reaction", "badge", "reply", "discussion", "group_membership", "group", "member"]) {
      await client.query(`DELETE FROM community_${table} WHERE id LIKE '%\\_bench\\_%'`)
    }
    await client.query(SENTENCES, [COMMON_WORDS])
    await client.query("CREATE UNIQUE INDEX ON bench_sentence (n)")
    const { rows: categories } = await client.query("SELECT id FROM community_category WHERE deleted_at IS NULL AND archived_at IS NULL ORDER BY rank, id")
    if (!categories.length) throw new Error("the community has no categories: run the demo seed first")

    log(`writing ${members} members and ${groups} groups`)
    await client.query(MEMBERS, [FIRST_NAMES, LAST_NAMES, members])
    await client.query(
      `INSERT INTO community_group (id, name, slug, description, description_html, visibility, created_at, updated_at)
       SELECT 'cgrp_bench_' || i, name, 'bench-' || i, s.s, '<p>' || s.s || '</p>', CASE WHEN i % 3 = 0 THEN 'private' ELSE 'public' END, now(), now()
       FROM unnest($1::text[]) WITH ORDINALITY AS x(name, i) JOIN bench_sentence s ON s.n = i`,
      [GROUPS.slice(0, groups)]
    )
    // About half the members in one to three groups, popular groups fuller; a few requests and invitations pending.
    await client.query(
      `INSERT INTO community_group_membership (id, group_id, member_id, status, role, created_at, updated_at)
       SELECT 'cgmb_bench_' || g || '_' || k, 'cgrp_bench_' || (1 + floor($1::int * power(random(), 1.5))::int), 'cmem_bench_' || g,
              CASE WHEN random() < 0.9 THEN 'active' WHEN random() < 0.5 THEN 'requested' ELSE 'invited' END,
              CASE WHEN random() < 0.02 THEN 'moderator' ELSE 'member' END, now(), now()
       FROM generate_series(1, $2::int) g, generate_series(1, 3) k
       WHERE random() < 0.25
       ON CONFLICT DO NOTHING`,
      [groups, members]
    )

    // Newest first by number: discussion g was started g × 20 minutes ago (50,000 of them span about two years).
    log(`writing ${discussions} discussions`)
    await client.query(
      `INSERT INTO community_discussion (id, title, body, body_html, pinned, locked, visibility, reply_count, last_activity_at,
                                         dedupe_key, category_id, author_id, group_id, created_at, updated_at)
       SELECT 'cdis_bench_' || g, left(t.s, 120), b.s || ' ' || t.s, '<p>' || b.s || ' ' || t.s || '</p>', g % 2000 = 0, g % 500 = 0,
              CASE WHEN g % 40 = 0 THEN 'hidden' ELSE 'visible' END, 0, x.at, 'bench-' || g,
              ($2::text[])[1 + g % array_length($2::text[], 1)], ${AUTHOR},
              CASE WHEN g % 7 = 0 THEN 'cgrp_bench_' || (1 + floor($3::int * power(random(), 1.5))::int) END, x.at, x.at
       FROM (SELECT g, now() - (g * 20 + random() * 20) * interval '1 minute' AS at FROM generate_series(1, $4::int) g) x
       JOIN bench_sentence t ON t.n = 1 + (x.g * 7) % 2000
       JOIN bench_sentence b ON b.n = 1 + (x.g * 13) % 2000`,
      [members, categories.map((c) => c.id), groups, discussions]
    )

    // Recent threads draw most replies (power 3 over discussions, newest first); each reply within 30 days of its thread.
    log(`writing ${replies} replies`)
    await client.query(
      `INSERT INTO community_reply (id, body, body_html, visibility, dedupe_key, discussion_id, author_id, created_at, updated_at)
       SELECT 'crep_bench_' || r.g, s.s, '<p>' || s.s || '</p>', CASE WHEN r.g % 100 = 0 THEN 'hidden' ELSE 'visible' END,
              'bench-' || r.g, d.id, r.author, at.at, at.at
       FROM (SELECT g, 1 + floor($2::int * power(random(), 3))::int AS d, ${AUTHOR} AS author FROM generate_series(1, $3::int) g) r
       JOIN community_discussion d ON d.id = 'cdis_bench_' || r.d
       JOIN bench_sentence s ON s.n = 1 + (r.g * 11) % 2000
       CROSS JOIN LATERAL (SELECT least(now(), d.created_at + random() * interval '30 days') AS at) at`,
      [members, discussions, replies]
    )
    await client.query(
      `UPDATE community_discussion d SET reply_count = r.visible, last_activity_at = greatest(d.created_at, r.last)
       FROM (SELECT discussion_id, count(*) FILTER (WHERE visibility = 'visible')::int AS visible, max(created_at) AS last
               FROM community_reply WHERE id LIKE 'crep\\_bench\\_%' GROUP BY discussion_id) r
       WHERE d.id = r.discussion_id`
    )

    log(`writing reactions, badges and notifications`)
    await client.query(
      `INSERT INTO community_reaction (id, member_id, target_type, target_id, kind, created_at, updated_at)
       SELECT 'crea_bench_' || g, ${AUTHOR}, 'reply', 'crep_bench_' || (1 + floor($2::int * power(random(), 2))::int),
              (ARRAY['like', 'insightful', 'thanks'])[1 + g % 3], now(), now()
       FROM generate_series(1, $3::int) g
       ON CONFLICT DO NOTHING`,
      [members, replies, reactions]
    )
    await client.query(
      `INSERT INTO community_badge (id, member_id, kind, awarded_at, created_at, updated_at)
       SELECT 'cbdg_bench_' || kind || '_' || member_id, member_id, kind, at, at, at FROM (
         SELECT author_id AS member_id, 'first_discussion' AS kind, min(created_at) AS at FROM community_discussion
          WHERE id LIKE 'cdis\\_bench\\_%' GROUP BY author_id
         UNION ALL
         SELECT id, 'one_year_member', joined_at + interval '1 year' FROM community_member
          WHERE id LIKE 'cmem\\_bench\\_%' AND joined_at < now() - interval '1 year'
         UNION ALL
         SELECT author_id, 'helpful_replier', max(created_at) FROM community_reply
          WHERE id LIKE 'crep\\_bench\\_%' GROUP BY author_id HAVING count(*) >= 500
       ) b`
    )
    // Each reply to someone else's thread told the thread's author; what is older than three days has been read.
    await client.query(
      `INSERT INTO community_notification (id, recipient_id, kind, actor_id, discussion_id, reply_id, source_key, read_at, created_at, updated_at)
       SELECT 'cntf_bench_' || r.id, d.author_id, 'reply', r.author_id, d.id, r.id, 'reply:' || r.id,
              CASE WHEN r.created_at < now() - interval '3 days' THEN r.created_at + interval '1 day' END, r.created_at, r.created_at
       FROM community_reply r JOIN community_discussion d ON d.id = r.discussion_id
       WHERE r.id LIKE 'crep\\_bench\\_%' AND r.author_id <> d.author_id`
    )
    await client.query("DROP TABLE bench_sentence")
    await client.query("COMMIT")
  } catch (error) {
    await client.query("ROLLBACK")
    throw error
  }
  log("community written; analysing")
  for (const table of Object.values(COMMUNITY_TABLES)) await client.query(`VACUUM ANALYZE community_${table}`)
  return countCommunity(client)
}

const COMMUNITY_TABLES = { members: "member", groups: "group", memberships: "group_membership", discussions: "discussion", replies: "reply", reactions: "reaction", badges: "badge", notifications: "notification" }

/** What the bench database holds (rows per table, hidden and private discussions, unread notifications). */
export async function countCommunity(client) {
  const tables = COMMUNITY_TABLES
  const { rows } = await client.query(
    `SELECT ${Object.entries(tables).map(([name, t]) => `(SELECT count(*) FROM community_${t})::int AS ${name}`).join(", ")},
            (SELECT count(*) FROM community_discussion WHERE visibility = 'hidden')::int AS hidden_discussions,
            (SELECT count(*) FROM community_discussion d JOIN community_group g ON g.id = d.group_id WHERE g.visibility = 'private')::int AS private_group_discussions,
            (SELECT count(*) FROM community_notification WHERE read_at IS NULL)::int AS unread_notifications`
  )
  return rows[0]
}

/** The seeded members the bench's readers become: authors drawn by power 2 make member 1 the busiest, so these go from busy to quiet. */
const READER_MEMBERS = [1, 2, 3, 5, 10, 30, 100, 300, 1000, 3000]
export function readerMembers(count) {
  if (count > READER_MEMBERS.length) throw new Error(`the bench signs in at most ${READER_MEMBERS.length} readers`)
  return READER_MEMBERS.slice(0, count).map((n) => `cmem_bench_${n}`)
}

/**
 * Gives seeded members the bench's signed-in readers' customer ids, so each
 * reader is one of the community (with its posts, groups and notifications),
 * plus unread mentions: `counts[i]` for reader i. The readers span the
 * distribution, from the busiest author to a quiet one.
 */
export async function adoptReaders(client, customerIds, { counts = customerIds.map((_, i) => [5, 40, 150][i % 3]), log = () => {} } = {}) {
  const members = readerMembers(customerIds.length)
  log(`${customerIds.length} readers sign in as ${members.join(", ")}`)
  await client.query(
    `UPDATE community_member m SET customer_id = r.customer_id, status = 'active', hidden_from_directory = false
     FROM unnest($1::text[], $2::text[]) AS r(member_id, customer_id) WHERE m.id = r.member_id`,
    [members, customerIds]
  )
  // Every reader is in a public and a private group, so what they read spans both.
  await client.query(
    `INSERT INTO community_group_membership (id, group_id, member_id, status, created_at, updated_at)
     SELECT 'cgmb_bench_reader_' || m || '_' || g, g, m, 'active', now(), now()
     FROM unnest($1::text[]) m, unnest(ARRAY['cgrp_bench_1', 'cgrp_bench_3']) g
     ON CONFLICT DO NOTHING`,
    [members]
  )
  await client.query(
    `INSERT INTO community_notification (id, recipient_id, kind, actor_id, discussion_id, source_key, created_at, updated_at)
     SELECT 'cntf_bench_mention_' || r.member_id || '_' || k, r.member_id, 'mention', 'cmem_bench_' || (5000 + k),
            'cdis_bench_' || (1 + k * 3), 'mention:bench_' || k || ':' || r.member_id, now() - k * interval '1 minute', now()
     FROM unnest($1::text[], $2::int[]) AS r(member_id, unread), generate_series(1, r.unread) k
     ON CONFLICT DO NOTHING`,
    [members, counts]
  )
  await client.query("ANALYZE community_notification")
  return members
}
