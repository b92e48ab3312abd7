import type { MedusaContainer } from "@medusajs/framework/types"
import { CMS_ERASURE_MODULE } from "../../modules/cms-erasure"
import type CmsErasureModuleService from "../../modules/cms-erasure/service"
import { callCms, cmsConfigured, CmsUnavailable } from "../cms-service"

/**
 * The cms keeps a reader's event RSVPs, private calendar feed and newsletter
 * subscription; deleting the account at the shop asks it to erase them
 * (POST /api/reader-data/erase, as commerce's service account). The account
 * is deleted here whether or not the cms answers: the ask is recorded first
 * (pending_cms_erasure), made once at deletion, and made again by the
 * retry-cms-erasures job, backing off, until the cms confirms; then the
 * record, the address with it, is deleted.
 */

/** How long one ask waits for the cms. */
const CMS_TIMEOUT_MS = 4_000
/** How many pending erasures one run of the job asks about. */
export const RETRY_BATCH = 100
const FIRST_RETRY_MS = 5 * 60_000
const LONGEST_WAIT_MS = 6 * 3_600_000

/** The wait after the `attempts`-th failed ask: 5 minutes, doubling, at most 6 hours. */
export const retryDelayMs = (attempts: number) => Math.min(FIRST_RETRY_MS * 2 ** Math.max(attempts - 1, 0), LONGEST_WAIT_MS)

type Store = Pick<CmsErasureModuleService, "listPendingCmsErasures" | "updatePendingCmsErasures" | "deletePendingCmsErasures">
type Pending = { id: string; customer_id: string; email: string | null; attempts: number }

/** Where the pending erasures are kept. */
export const cmsErasureStore = (scope: MedusaContainer) => scope.resolve<CmsErasureModuleService>(CMS_ERASURE_MODULE)

/**
 * Records that the cms must erase this customer's data (with no cms
 * configured there is none to erase). An address already erased here (a
 * deletion asked again after failing part-way) is not one the cms knows.
 */
export async function queueCmsErasure(scope: MedusaContainer, customerId: string, email: string | null): Promise<void> {
  if (!cmsConfigured()) return
  await cmsErasureStore(scope).queueErasure(customerId, email && !email.endsWith("@invalid") ? email : null)
}

/** Asks the cms once: true when it confirmed (the record is gone), false when it is left for the next run, with why. */
export async function askCmsToErase(store: Store, erasure: Pending, now = new Date()): Promise<boolean> {
  try {
    await callCms("/api/reader-data/erase", {
      method: "POST",
      body: { customerId: erasure.customer_id, email: erasure.email },
      timeoutMs: CMS_TIMEOUT_MS,
    })
  } catch (error) {
    if (!(error instanceof CmsUnavailable)) throw error
    const attempts = erasure.attempts + 1
    await store.updatePendingCmsErasures({
      id: erasure.id,
      attempts,
      last_error: error.message,
      next_attempt_at: new Date(now.getTime() + retryDelayMs(attempts)),
    })
    return false
  }
  await store.deletePendingCmsErasures(erasure.id)
  return true
}

/** Right after the account is deleted: one ask, never an error (the job asks again). */
export async function eraseAtCmsNow(scope: MedusaContainer, customerId: string): Promise<boolean> {
  const store = cmsErasureStore(scope)
  const [erasure] = await store.listPendingCmsErasures({ customer_id: customerId })
  return erasure ? askCmsToErase(store, erasure).catch(() => false) : true
}

/** The job's run: asks about every erasure that is due; answers how many the cms confirmed and how many still wait. */
export async function retryDueCmsErasures(store: Store, now = new Date()): Promise<{ erased: number; pending: number }> {
  const due = await store.listPendingCmsErasures(
    { next_attempt_at: { $lte: now } },
    { order: { next_attempt_at: "ASC" }, take: RETRY_BATCH }
  )
  let erased = 0
  for (const erasure of due) if (await askCmsToErase(store, erasure, now)) erased++
  return { erased, pending: due.length - erased }
}
