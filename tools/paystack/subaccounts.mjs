// Paystack's subaccounts (https://paystack.com/docs/api/subaccount/): a
// vendor's settlement account that a transaction's share is paid into. The
// simulator knows a handful of Nigerian banks by their real Paystack codes
// (GET /bank) and refuses any other code, as Paystack does.
import { randomBytes } from "node:crypto"

/** A few of Paystack's Nigerian banks, as GET /bank?country=nigeria lists them. */
export const BANKS = Object.freeze(
  [
    [1, "Access Bank", "access-bank", "044"],
    [3, "First Bank of Nigeria", "first-bank-of-nigeria", "011"],
    [7, "Guaranty Trust Bank", "guaranty-trust-bank", "058"],
    [9, "Stanbic IBTC Bank", "stanbic-ibtc-bank", "221"],
    [10, "Sterling Bank", "sterling-bank", "232"],
    [14, "United Bank For Africa", "united-bank-for-africa", "033"],
    [21, "Zenith Bank", "zenith-bank", "057"],
  ].map(([id, name, slug, code]) => ({
    id, name, slug, code, longcode: "", gateway: "emandate", pay_with_bank: false, active: true, is_deleted: false,
    country: "Nigeria", currency: "NGN", type: "nuban",
  }))
)

export class SubaccountError extends Error {
  constructor(status, message) {
    super(message)
    this.status = status
  }
}

const text = (value) => (typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "")

/** The subaccounts of one simulated integration. */
export function createSubaccountStore({ domain = "test", integration = 100032 } = {}) {
  const byCode = new Map()
  let nextId = 37_614

  /** POST /subaccount: the bank code comes as `settlement_bank` (or `bank_code`, as Paystack's newer docs name it). */
  function create(body) {
    const business_name = text(body.business_name)
    const bankCode = text(body.settlement_bank ?? body.bank_code)
    const account_number = text(body.account_number)
    const charge = typeof body.percentage_charge === "string" ? Number(body.percentage_charge) : body.percentage_charge
    if (!business_name) throw new SubaccountError(400, "Business name is required")
    if (!bankCode) throw new SubaccountError(400, "Settlement bank is required")
    if (!account_number) throw new SubaccountError(400, "Account number is required")
    if (typeof charge !== "number" || !Number.isFinite(charge)) throw new SubaccountError(400, "Percentage charge is required")
    if (charge < 0 || charge > 100) throw new SubaccountError(400, "Percentage charge must be between 0 and 100")
    const bank = BANKS.find((b) => b.code === bankCode)
    if (!bank) throw new SubaccountError(400, `Unknown bank code: ${bankCode}`)
    if (!/^\d{10}$/.test(account_number)) throw new SubaccountError(400, "Account number is invalid")
    const now = new Date().toISOString()
    const subaccount = {
      integration,
      domain,
      subaccount_code: `ACCT_${randomBytes(7).toString("hex")}`,
      business_name,
      description: text(body.description) || null,
      primary_contact_name: text(body.primary_contact_name) || null,
      primary_contact_email: text(body.primary_contact_email) || null,
      primary_contact_phone: text(body.primary_contact_phone) || null,
      metadata: body.metadata ?? null,
      percentage_charge: charge,
      is_verified: false,
      settlement_bank: bank.name,
      bank_id: bank.id,
      account_number,
      settlement_schedule: "AUTO",
      active: true,
      migrate: false,
      currency: "NGN",
      id: nextId++,
      createdAt: now,
      updatedAt: now,
    }
    byCode.set(subaccount.subaccount_code, subaccount)
    return subaccount
  }

  /** GET /subaccount/:id_or_code */
  function find(idOrCode) {
    const key = decodeURIComponent(String(idOrCode))
    const found = byCode.get(key) ?? [...byCode.values()].find((s) => String(s.id) === key)
    if (!found) throw new SubaccountError(404, "Subaccount not found")
    return found
  }

  /**
   * PUT /subaccount/:id_or_code: changes only the fields sent. `active: false`
   * is how an integration stops a subaccount (Paystack cannot delete one); a
   * new bank or account number is checked as on creation.
   */
  function update(idOrCode, body) {
    const subaccount = find(idOrCode)
    const changes = {}
    if (body.business_name !== undefined) {
      const name = text(body.business_name)
      if (!name) throw new SubaccountError(400, "Business name cannot be empty")
      changes.business_name = name
    }
    if (body.percentage_charge !== undefined) {
      const charge = typeof body.percentage_charge === "string" ? Number(body.percentage_charge) : body.percentage_charge
      if (typeof charge !== "number" || !Number.isFinite(charge) || charge < 0 || charge > 100) {
        throw new SubaccountError(400, "Percentage charge must be between 0 and 100")
      }
      changes.percentage_charge = charge
    }
    if (body.active !== undefined) {
      if (typeof body.active !== "boolean") throw new SubaccountError(400, "Active must be a boolean")
      changes.active = body.active
    }
    const bankCode = body.settlement_bank ?? body.bank_code
    if (bankCode !== undefined) {
      const bank = BANKS.find((b) => b.code === text(bankCode))
      if (!bank) throw new SubaccountError(400, `Unknown bank code: ${text(bankCode)}`)
      changes.settlement_bank = bank.name
      changes.bank_id = bank.id
    }
    if (body.account_number !== undefined) {
      if (!/^\d{10}$/.test(text(body.account_number))) throw new SubaccountError(400, "Account number is invalid")
      changes.account_number = text(body.account_number)
    }
    for (const field of ["description", "primary_contact_name", "primary_contact_email", "primary_contact_phone"]) {
      if (body[field] !== undefined) changes[field] = text(body[field]) || null
    }
    if (body.metadata !== undefined) changes.metadata = body.metadata
    Object.assign(subaccount, changes, { updatedAt: new Date().toISOString() })
    return subaccount
  }

  return { create, find, update, all: () => [...byCode.values()], clear: () => byCode.clear() }
}
