import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import retryCmsErasuresJob, { config } from "../../../jobs/retry-cms-erasures"
import { CMS_ERASURE_MODULE } from "../../../modules/cms-erasure"
import { env } from "../../env"
import { eraseAtCmsNow, retryDelayMs } from "../cms-erasure"

type Row = { id: string; customer_id: string; email: string | null; attempts: number; last_error: string | null; next_attempt_at: Date }

/** The module's generated methods the retry uses, over an array (the module's SQL is proven by account-security.spec.ts). */
function memoryStore(rows: Row[]) {
  return {
    rows,
    listPendingCmsErasures: jest.fn(async (filter: { customer_id?: string; next_attempt_at?: { $lte: Date } }) =>
      rows
        .filter((r) => (filter.customer_id ? r.customer_id === filter.customer_id : true))
        .filter((r) => (filter.next_attempt_at ? r.next_attempt_at <= filter.next_attempt_at.$lte : true))
        .sort((a, b) => a.next_attempt_at.getTime() - b.next_attempt_at.getTime())
    ),
    updatePendingCmsErasures: jest.fn(async (data: Partial<Row> & { id: string }) => Object.assign(rows.find((r) => r.id === data.id)!, data)),
    deletePendingCmsErasures: jest.fn(async (id: string) => void rows.splice(rows.findIndex((r) => r.id === id), 1)),
  }
}

const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn() }
const containerWith = (store: ReturnType<typeof memoryStore>) =>
  ({ resolve: (key: string) => (key === ContainerRegistrationKeys.LOGGER ? logger : key === CMS_ERASURE_MODULE ? store : undefined) }) as unknown as MedusaContainer

const fetchMock = jest.fn()
const cmsAnswers = (status: number) =>
  fetchMock.mockImplementation(async () => new Response(JSON.stringify(status === 200 ? { erased: {} } : { errors: [{ message: "no" }] }), { status }))
const cmsDown = () => fetchMock.mockRejectedValue(new TypeError("fetch failed"))

const T0 = new Date("2026-12-07T01:00:00.000Z")
const MINUTE = 60_000
const pending = (): Row => ({ id: "cmser_1", customer_id: "cus_01ERASEDREADER", email: "chidi@example.com", attempts: 0, last_error: null, next_attempt_at: T0 })

beforeEach(() => {
  jest.clearAllMocks()
  fetchMock.mockReset()
  global.fetch = fetchMock as unknown as typeof fetch
  env.CMS_URL = "http://cms.test"
  env.CMS_API_KEY = "commerce-key"
})

describe("erasing a deleted account's cms data, until the cms confirms", () => {
  it("keeps the erasure while the cms is down, backing off, and completes it once the cms answers", async () => {
    const store = memoryStore([pending()])
    const job = (at: Date) => retryCmsErasuresJob(containerWith(store), { scheduledFor: at })

    cmsDown()
    await job(T0)
    expect(store.rows).toEqual([expect.objectContaining({ attempts: 1, last_error: "The cms did not answer (unreachable).", next_attempt_at: new Date(T0.getTime() + 5 * MINUTE) })])
    expect(logger.warn).toHaveBeenCalledWith("Deleted accounts: 1 still to be erased at the cms (asked again later)")

    // Not due yet: the cms is not asked.
    fetchMock.mockClear()
    await job(new Date(T0.getTime() + 4 * MINUTE))
    expect(fetchMock).not.toHaveBeenCalled()

    // Up but refusing (a 503, a bad deploy): still kept, the wait doubles.
    cmsAnswers(503)
    await job(new Date(T0.getTime() + 5 * MINUTE))
    expect(store.rows[0]).toMatchObject({ attempts: 2, last_error: "The cms answered 503.", next_attempt_at: new Date(T0.getTime() + 15 * MINUTE) })

    cmsAnswers(200)
    await job(new Date(T0.getTime() + 15 * MINUTE))
    expect(store.rows).toEqual([])
    expect(logger.info).toHaveBeenCalledWith("Deleted accounts: the cms erased the data of 1")
    const [url, init] = fetchMock.mock.calls[0]
    expect(String(url)).toBe("http://cms.test/api/reader-data/erase")
    expect(init).toMatchObject({ method: "POST", headers: expect.objectContaining({ authorization: "users API-Key commerce-key" }) })
    expect(JSON.parse(init.body)).toEqual({ customerId: "cus_01ERASEDREADER", email: "chidi@example.com" })
  })

  it("waits 5 minutes after the first failure, doubling to at most 6 hours", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([5, 10, 20, 40].map((m) => m * MINUTE))
    expect(retryDelayMs(30)).toBe(6 * 60 * MINUTE)
  })

  it("at deletion: asks once, and a cms that is down is no error (the account is deleted all the same)", async () => {
    const store = memoryStore([pending()])
    cmsDown()
    await expect(eraseAtCmsNow(containerWith(store), "cus_01ERASEDREADER")).resolves.toBe(false)
    expect(store.rows[0].attempts).toBe(1)
    cmsAnswers(200)
    await expect(eraseAtCmsNow(containerWith(store), "cus_01ERASEDREADER")).resolves.toBe(true)
    expect(store.rows).toEqual([])
  })

  it("runs every 10 minutes and never throws into the scheduler", async () => {
    expect(config).toEqual({ name: "retry-cms-erasures", schedule: "*/10 * * * *" })
    const store = memoryStore([pending()])
    store.listPendingCmsErasures.mockRejectedValue(new Error("database gone"))
    await expect(retryCmsErasuresJob(containerWith(store), { scheduledFor: T0 })).resolves.toBeUndefined()
    expect(logger.error).toHaveBeenCalledWith(expect.stringMatching(/database gone/))
  })
})
