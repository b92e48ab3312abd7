import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyAsVendorWorkflow } from "../../../workflows/marketplace/apply-as-vendor"
import type { StoreVendorApplicationType } from "./validators"

/**
 * POST: applies to sell in the shop. 201 with what the applicant may see of
 * it (never the account number back); 422 when the email already has an
 * application under review or a vendor.
 */
export async function POST(req: MedusaRequest<StoreVendorApplicationType>, res: MedusaResponse) {
  const { result: vendor } = await applyAsVendorWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ vendor_application: { id: vendor.id, name: vendor.name, handle: vendor.handle, contact_email: vendor.contact_email, status: vendor.status } })
}
