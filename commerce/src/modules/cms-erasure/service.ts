import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { PendingCmsErasure } from "./models/pending-cms-erasure"

/** Deleted accounts whose cms data is still to be erased (lib/account/cms-erasure.ts asks the cms, and asks again). */
export default class CmsErasureModuleService extends MedusaService({ PendingCmsErasure }) {
  /**
   * Records that the cms must erase this customer's data, due at once. A
   * second deletion attempt (a retry after a failure part-way) keeps the
   * first record, and with it the address the account had then.
   */
  @InjectManager()
  async queueErasure(customerId: string, email: string | null, @MedusaContext() context: Context = {}): Promise<void> {
    const manager = context.manager as SqlEntityManager
    await manager.execute(
      `INSERT INTO pending_cms_erasure (id, customer_id, email, next_attempt_at) VALUES (?, ?, ?, now())
       ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO NOTHING`,
      [generateEntityId(undefined, "cmser"), customerId, email]
    )
  }
}
