import { isPaidFor, ownedEbooks, type LibraryOrder } from "../library"

const format = (value: string) => ({ options: [{ value, option: { title: "Format" } }], metadata: { ebook_file_key: `private-${value}.pdf` } })
const paid = { amount: 6500, captured_amount: 6500, refunded_amount: 0 }

const order = (overrides: Partial<LibraryOrder> = {}): LibraryOrder => ({
  id: "order_1",
  display_id: 7,
  status: "pending",
  created_at: "2030-01-02T10:00:00.000Z",
  payment_collections: [paid],
  items: [
    { id: "ordli_ebook", product_title: "The Quiet Draft", product_handle: "the-quiet-draft", variant_title: "Ebook", thumbnail: "cover.svg", variant: format("Ebook") },
    { id: "ordli_print", product_title: "The Quiet Draft", product_handle: "the-quiet-draft", variant_title: "Paperback", thumbnail: null, variant: format("Paperback") },
  ],
  ...overrides,
})

describe("the ebook library", () => {
  it("lists each ebook line of a paid order, with its order and file, and no print line", () => {
    expect(ownedEbooks([order()])).toEqual([
      {
        variantId: null,
        files: { pdf: { key: "private-Ebook.pdf", name: "private-Ebook.pdf", size: null, format: "pdf", uploaded_at: null } },
        defaultFormat: "pdf",
        item: {
          id: "ordli_ebook",
          order_id: "order_1",
          order_display_id: 7,
          product_title: "The Quiet Draft",
          product_handle: "the-quiet-draft",
          variant_title: "Ebook",
          thumbnail: "cover.svg",
          purchased_at: "2030-01-02T10:00:00.000Z",
          formats: ["pdf"],
        },
      },
    ])
  })

  it("counts an order paid while captured in full and not refunded in full", () => {
    expect(isPaidFor(order())).toBe(true)
    expect(isPaidFor(order({ payment_collections: [{ ...paid, refunded_amount: 1000 }] }))).toBe(true)
    expect(isPaidFor(order({ payment_collections: [{ ...paid, refunded_amount: 6500 }] }))).toBe(false)
    expect(isPaidFor(order({ payment_collections: [{ ...paid, captured_amount: 0 }] }))).toBe(false)
    expect(isPaidFor(order({ payment_collections: [{ ...paid, captured_amount: 3000 }] }))).toBe(false)
    expect(isPaidFor(order({ payment_collections: [] }))).toBe(false)
    expect(isPaidFor(order({ status: "canceled" }))).toBe(false)
  })

  it("reads Medusa's amounts in any of its shapes", () => {
    const raw = { value: "6500", precision: 20 }
    expect(isPaidFor(order({ payment_collections: [{ amount: raw, captured_amount: "6500", refunded_amount: null }] }))).toBe(true)
  })

  it("keeps an ebook with no uploaded file, without a file, and sorts newest purchases first", () => {
    const older = order({ id: "order_old", created_at: "2029-05-01T00:00:00.000Z", items: [{ id: "ordli_old", variant: { ...format("ebook"), metadata: {} } }] })
    const list = ownedEbooks([older, order()])
    expect(list.map((e) => e.item.id)).toEqual(["ordli_ebook", "ordli_old"])
    expect(list[1].files).toEqual({})
    expect(list[1].item.formats).toEqual([])
  })
})
