// The operations of Flutterwave's API that tests can steer the simulator into an
// outage of (see tools/dev/simulator-faults.mjs for the faults themselves).
import { takeFault, unknownFault as unknownFaultOf } from "../dev/simulator-faults.mjs"

const OPERATIONS = new Set(["payments", "verify", "refund", "list"])

/** Which steerable operation of Flutterwave's v3 API a request is, if any (`parts` start after "v3"). */
export function operationOf(method, parts) {
  if (method === "POST" && parts[0] === "payments" && parts.length === 1) return "payments"
  if (method === "GET" && parts[0] === "transactions" && (parts[1] === "verify_by_reference" || parts[2] === "verify")) return "verify"
  if (method === "POST" && parts[0] === "transactions" && parts[2] === "refund") return "refund"
  if (method === "GET" && (parts[0] === "transactions" || parts[0] === "refunds") && parts.length === 1) return "list"
  return null
}

/** The first `operation: fault` pair that is not a known fault, or null. */
export const unknownFault = (faults) => unknownFaultOf(faults, OPERATIONS)

export { takeFault }
