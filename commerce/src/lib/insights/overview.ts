import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { refundsAndCancellations } from "./after-sale"
import { productBreakdowns, salesByRegion } from "./breakdowns"
import { abandonedCarts, checkoutConversion } from "./carts"
import { STORE_TIME_ZONE, type Period } from "./period"
import { syncInsightsFacts } from "./facts"
import { salesByDay, salesFigures } from "./sales"
import { dbOf, windowBindings } from "./sql"

/** The store's currencies, its default first: the tabs of the page (amounts in two currencies are never added). */
export async function storeCurrencies(scope: MedusaContainer): Promise<string[]> {
  const [store] = await scope.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  const supported = [...(store?.supported_currencies ?? [])].sort((a, b) => Number(b.is_default) - Number(a.is_default))
  return supported.map((c) => c.currency_code)
}

/** Everything the overview shows for one currency and period, each figure computed by PostgreSQL. */
export async function salesOverview(scope: MedusaContainer, period: Period, currency: string) {
  const db = dbOf(scope)
  const bindings = windowBindings(period, currency)
  await syncInsightsFacts(db)
  const [figures, byDay, products, byRegion, afterSale, abandoned, conversion, currencies] = await Promise.all([
    salesFigures(db, bindings),
    salesByDay(db, bindings),
    productBreakdowns(db, bindings),
    salesByRegion(db, bindings),
    refundsAndCancellations(db, bindings),
    abandonedCarts(db, bindings),
    checkoutConversion(db, bindings),
    storeCurrencies(scope),
  ])
  return {
    currency,
    currencies,
    time_zone: STORE_TIME_ZONE,
    period: { name: period.name, from: period.from, to: period.to, days: period.days, previous: period.previous },
    figures: figures.current,
    previous: figures.previous,
    by_day: byDay,
    ...products,
    by_region: byRegion,
    ...afterSale,
    abandoned_carts: abandoned,
    checkout_conversion: conversion,
  }
}

export type SalesOverview = Awaited<ReturnType<typeof salesOverview>>
