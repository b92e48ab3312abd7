import type { MedusaContainer } from "@medusajs/framework/types"
import { RECONCILIATION_MODULE } from "../../../modules/reconciliation"
import type ReconciliationModuleService from "../../../modules/reconciliation/service"

/** Runs one part of a reconciliation; if it throws, the run is recorded failed with the reason before the error goes on. */
export async function failRunOnError<T>(container: MedusaContainer, runId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    await container.resolve<ReconciliationModuleService>(RECONCILIATION_MODULE).failRun(runId, (error as Error).message)
    throw error
  }
}
