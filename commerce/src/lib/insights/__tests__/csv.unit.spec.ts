import { csvCell, csvLine } from "../csv"

describe("csvCell", () => {
  it("writes text that could run as a spreadsheet formula as text, with a leading apostrophe", () => {
    for (const cell of ["=1+1", "+SUM(A1)", "-2+3+cmd|' /C calc'!A0", "@import", "-", "-1e3", "\tx"]) {
      expect(csvCell(cell)).toMatch(/^"?'/)
    }
  })

  it("keeps plain amounts, negative ones included, as numbers", () => {
    expect(csvLine(["-1020.00", "6800.00", -5, 0, "sale"])).toBe("-1020.00,6800.00,-5,0,sale\r\n")
  })

  it("quotes cells holding commas, quotes or line breaks (RFC 4180)", () => {
    expect(csvCell('Dry Season Songs, "new"')).toBe('"Dry Season Songs, ""new"""')
    expect(csvCell(null)).toBe("")
  })
})
