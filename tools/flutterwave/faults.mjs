// Outages of Flutterwave's API that tests can steer the simulator into (see
// DEFAULT_BEHAVIOUR.faults in simulator.mjs). A fault is a mode, for every
// call until lifted, or `{ mode, times }`, for the next `times` calls only.

const MODES = new Set(["error", "timeout", "unreachable"])
const OPERATIONS = new Set(["payments", "verify", "refund", "list"])

/** Which steerable operation of Flutterwave's v3 API a request is, if any (`parts` start after "v3"). */
export function operationOf(method, parts) {
  if (method === "POST" && parts[0] === "payments" && parts.length === 1) return "payments"
  if (method === "GET" && parts[0] === "transactions" && (parts[1] === "verify_by_reference" || parts[2] === "verify")) return "verify"
  if (method === "POST" && parts[0] === "transactions" && parts[2] === "refund") return "refund"
  if (method === "GET" && (parts[0] === "transactions" || parts[0] === "refunds") && parts.length === 1) return "list"
  return null
}

const modeOf = (fault) => (fault !== null && typeof fault === "object" ? fault.mode : fault)

/** The first `operation: fault` pair that is not a known fault (null lifts one), or null. */
export function unknownFault(faults) {
  const known = (fault) =>
    fault === null || (MODES.has(modeOf(fault)) && (typeof fault !== "object" || (Number.isInteger(fault.times) && fault.times > 0)))
  const bad = Object.entries(faults).find(([operation, fault]) => !OPERATIONS.has(operation) || !known(fault))
  return bad ? `${bad[0]}: ${JSON.stringify(bad[1])}` : null
}

/** The mode this call suffers, counting down a fault limited to some calls. */
export function takeFault(faults, operation) {
  const fault = faults?.[operation]
  if (fault === null || typeof fault !== "object") return fault ?? null
  if (fault.times <= 0) return null
  fault.times--
  return fault.mode
}
