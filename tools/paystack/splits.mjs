// Paystack's dynamic transaction split (https://paystack.com/docs/payments/multi-split-payments/):
// `split` on POST /transaction/initialize, `{ type: "flat" | "percentage",
// bearer_type, bearer_subaccount?, subaccounts: [{ subaccount, share }] }`,
// shares in the minor unit for "flat" and in percent for "percentage". The
// simulator checks it as Paystack does, keeps it on the transaction, and once
// the charge succeeds works out what each party settles to the minor unit,
// shown in `split.shares` on verify, GET /transaction/:id and webhooks.

export class SplitError extends Error {
  constructor(message) {
    super(message)
    this.status = 400
  }
}

const BEARER_TYPES = new Set(["account", "subaccount", "all-proportional", "all"])

/** Paystack's fee on a local charge as this simulator takes it (1.5%, capped at ₦2,000): `fees` on the transaction. */
export const feeOf = (amount) => Math.min(Math.round(amount * 0.015), 200_000)

/** Integer parts of `total` proportional to `weights`, largest remainder first; they sum to `total`. */
export function allocate(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (weights.length === 0) return []
  const w = sum === 0 ? weights.map(() => 1) : weights
  const s = sum === 0 ? weights.length : sum
  const parts = w.map((x) => Math.floor((total * x) / s))
  const order = w.map((x, i) => ({ i, r: (total * x) % s })).sort((a, b) => b.r - a.r || a.i - b.i)
  let left = total - parts.reduce((a, b) => a + b, 0)
  for (const { i } of order) {
    if (left <= 0) break
    parts[i] += 1
    left -= 1
  }
  return parts
}

/** Checks `split` of an initialize call for `amount`: the formula kept on the transaction, or null when none was sent. */
export function parseSplit(raw, amount, subaccounts) {
  if (raw === undefined || raw === null || raw === "") return null
  let split = raw
  if (typeof raw === "string") {
    try {
      split = JSON.parse(raw)
    } catch {
      throw new SplitError("Invalid split: must be an object")
    }
  }
  if (typeof split !== "object" || split === null || Array.isArray(split)) throw new SplitError("Invalid split: must be an object")
  if (split.type !== "flat" && split.type !== "percentage") throw new SplitError("Split type must be flat or percentage")
  const bearer_type = split.bearer_type ?? "account"
  if (!BEARER_TYPES.has(bearer_type)) throw new SplitError("Invalid bearer type")
  if (!Array.isArray(split.subaccounts) || split.subaccounts.length === 0) throw new SplitError("Split subaccounts are required")
  const known = (code) => {
    try {
      return subaccounts.find(code)
    } catch {
      throw new SplitError(`Subaccount ${code} not found`)
    }
  }
  const list = split.subaccounts.map((s) => {
    const share = typeof s?.share === "string" && /^\d+$/.test(s.share) ? Number(s.share) : s?.share
    if (!Number.isSafeInteger(share) || share < 0) throw new SplitError("Invalid share for subaccount")
    const sub = known(String(s?.subaccount ?? ""))
    return { subaccount_code: sub.subaccount_code, name: sub.business_name, id: sub.id, share }
  })
  if (new Set(list.map((s) => s.subaccount_code)).size !== list.length) throw new SplitError("Duplicate subaccount in split")
  let bearer_subaccount = null
  if (bearer_type === "subaccount") {
    bearer_subaccount = known(String(split.bearer_subaccount ?? "")).subaccount_code
    if (!list.some((s) => s.subaccount_code === bearer_subaccount)) throw new SplitError("Bearer subaccount must be in the split")
  }
  const amounts = split.type === "flat" ? list.map((s) => s.share) : allocate(amount, [...list.map((s) => s.share * 100), 0]).slice(0, list.length)
  if (split.type === "percentage" && list.reduce((a, s) => a + s.share, 0) > 100) throw new SplitError("Total split percentage cannot be more than 100")
  if (split.type === "flat" && amounts.reduce((a, b) => a + b, 0) > amount) throw new SplitError("Total split amount cannot be more than the transaction amount")
  return { type: split.type, bearer_type, bearer_subaccount, subaccounts: list, amounts }
}

/**
 * Who gets what of a successful charge: each subaccount its share, the main
 * account (`integration`) the rest, less Paystack's fee borne per
 * `bearer_type` ("account": the main account; "subaccount": that one;
 * "all-proportional" and "all": every party by its share, largest remainder).
 * paystack + subaccounts + integration == amount.
 */
export function settleSplit(formula, amount) {
  const paystack = feeOf(amount)
  const gross = formula.amounts
  const integrationGross = amount - gross.reduce((a, b) => a + b, 0)
  let subFees = gross.map(() => 0)
  let integrationFee = paystack
  if (formula.bearer_type === "subaccount") {
    subFees = formula.subaccounts.map((s) => (s.subaccount_code === formula.bearer_subaccount ? paystack : 0))
    integrationFee = 0
  } else if (formula.bearer_type === "all-proportional" || formula.bearer_type === "all") {
    const parts = allocate(paystack, [...gross, integrationGross])
    subFees = parts.slice(0, gross.length)
    integrationFee = parts[gross.length]
  }
  return {
    paystack,
    subaccounts: formula.subaccounts.map((s, i) => ({ id: s.id, subaccount_code: s.subaccount_code, name: s.name, amount: gross[i] - subFees[i] })),
    integration: integrationGross - integrationFee,
  }
}

/** `split` as Paystack shows it on a transaction: `{}` without one. */
export function splitView(formula, amount, succeeded) {
  if (!formula) return {}
  return {
    id: null,
    name: null,
    split_code: null,
    formula: {
      type: formula.type,
      bearer_type: formula.bearer_type,
      bearer_subaccount: formula.bearer_subaccount,
      subaccounts: formula.subaccounts.map(({ id, subaccount_code, name, share }) => ({ id, subaccount_code, name, share })),
      integration: amount - formula.amounts.reduce((a, b) => a + b, 0),
    },
    shares: succeeded ? settleSplit(formula, amount) : null,
  }
}
