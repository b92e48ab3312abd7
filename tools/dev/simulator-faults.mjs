// Outages a payment simulator's API can be steered into by tests (each
// simulator's DEFAULT_BEHAVIOUR.faults). A fault is a mode, for every call
// until lifted, or `{ mode, times }`, for the next `times` calls only. Each
// simulator names its own steerable operations (its faults.mjs).

const MODES = new Set(["error", "timeout", "unreachable"])

const modeOf = (fault) => (fault !== null && typeof fault === "object" ? fault.mode : fault)

/** The first `operation: fault` pair that is not a known fault of one of `operations` (null lifts one), or null. */
export function unknownFault(faults, operations) {
  const known = (fault) =>
    fault === null || (MODES.has(modeOf(fault)) && (typeof fault !== "object" || (Number.isInteger(fault.times) && fault.times > 0)))
  const bad = Object.entries(faults).find(([operation, fault]) => !operations.has(operation) || !known(fault))
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
