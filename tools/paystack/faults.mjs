// Outages of Paystack's API that tests can steer the simulator into (see
// DEFAULT_BEHAVIOUR.faults in simulator.mjs).

const MODES = new Set(["error", "timeout", "unreachable"])
const OPERATIONS = new Set(["initialize", "verify", "refund"])

/** Which steerable operation of Paystack's API a request is, if any. */
export function operationOf(method, parts) {
  if (method === "POST" && parts[0] === "transaction" && parts[1] === "initialize") return "initialize"
  if (method === "GET" && parts[0] === "transaction" && (parts[1] === "verify" || /^\d+$/.test(parts[1] ?? ""))) return "verify"
  if (method === "POST" && parts[0] === "refund" && parts.length === 1) return "refund"
  return null
}

/** The first `operation: mode` pair that is not a known fault (a null mode lifts one), or null. */
export function unknownFault(faults) {
  const bad = Object.entries(faults).find(([operation, mode]) => !OPERATIONS.has(operation) || (mode !== null && !MODES.has(mode)))
  return bad ? `${bad[0]}: ${bad[1]}` : null
}
