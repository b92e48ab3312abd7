// The operations of Paystack's API that tests can steer the simulator into an
// outage of (see tools/dev/simulator-faults.mjs for the faults themselves).
import { takeFault, unknownFault as unknownFaultOf } from "../dev/simulator-faults.mjs"

const OPERATIONS = new Set(["initialize", "verify", "refund", "list", "subaccount"])

/** Which steerable operation of Paystack's API a request is, if any. */
export function operationOf(method, parts) {
  if (method === "POST" && parts[0] === "transaction" && parts[1] === "initialize") return "initialize"
  if (method === "GET" && parts[0] === "transaction" && (parts[1] === "verify" || /^\d+$/.test(parts[1] ?? ""))) return "verify"
  if (method === "POST" && parts[0] === "refund" && parts.length === 1) return "refund"
  if (parts[0] === "subaccount" && ((method === "POST" && parts.length === 1) || (method === "PUT" && parts.length === 2))) return "subaccount"
  if (method === "GET" && (parts[0] === "transaction" || parts[0] === "refund") && parts.length === 1) return "list"
  return null
}

/** The first `operation: fault` pair that is not a known fault, or null. */
export const unknownFault = (faults) => unknownFaultOf(faults, OPERATIONS)

export { takeFault }
