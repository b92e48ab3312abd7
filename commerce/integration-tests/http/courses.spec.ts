import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { PRIVATE_UPLOAD_DIR, STOREFRONT_PUBLIC_URL } from "../utils/ebook-env"
import { FAKE_STOREFRONT_PORT } from "../utils/fake-storefront-env"
import http from "node:http"
import { mkdir, rename, rm, writeFile } from "node:fs/promises"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { ensureDemoAdmin } from "../../src/scripts/seed/accounts"
import { ensureCatalog } from "../../src/scripts/seed/catalog"
import { DEMO_COURSE, ensureDemoCourse } from "../../src/scripts/seed/courses"
import { ensureStoreSetup } from "../../src/scripts/seed/store"
import EnrollmentOrderLink from "../../src/links/course-enrollment-order"
import { COURSES_MODULE } from "../../src/modules/courses"
import type CoursesModuleService from "../../src/modules/courses/service"
import { enrollCustomerFromOrderWorkflow } from "../../src/workflows/courses/enroll-from-order"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { extractPdfText } from "../utils/pdf-text"
import { eventually, openShop, type Headers, type Shop } from "../utils/shop"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let storefront: http.Server
    const revalidated: string[][] = []
    let shop: Shop
    let courseVariant: string
    let ada: Headers
    let ben: Headers
    let adaOrder: any

    const courses = () => getContainer().resolve<CoursesModuleService>(COURSES_MODULE)
    const res = <T>(p: Promise<T>) => p.catch((e) => e.response)
    const lessonsOf = async (handle: string) => {
      const { data } = await api.get(`/store/courses/${handle}`, { headers: shop.key })
      return data.course.sections.flatMap((s: any) => s.lessons) as { id: string; is_free_preview: boolean; body: string | null }[]
    }
    const enrollmentsOf = async (headers: Headers) => (await api.get("/store/customers/me/courses", { headers })).data.enrollments
    const completeLesson = (headers: Headers, enrollmentId: string, lessonId: string) =>
      res(api.post(`/store/customers/me/courses/${enrollmentId}/lessons/${lessonId}/complete`, {}, { headers }))
    const enrollmentsForOrder = (orderId: string) => courses().listEnrollments({ order_id: orderId })
    /** Completes every lesson of the demo course as `headers`: the certificate's code. */
    const finishCourse = async (headers: Headers) => {
      const [enrollment] = await enrollmentsOf(headers)
      for (const lesson of await lessonsOf(DEMO_COURSE.handle)) await completeLesson(headers, enrollment.id, lesson.id)
      return (await courses().listCertificates({ enrollment_id: enrollment.id }))[0].code
    }
    const buyCourse = async (headers: Headers, email: string) =>
      (await shop.buy([{ variant_id: courseVariant }], { headers, email })).order

    beforeAll(async () => {
      storefront = http.createServer((req, res) => {
        let body = ""
        req.on("data", (c) => (body += c))
        req.on("end", () => {
          if (req.url === "/api/revalidate") revalidated.push(JSON.parse(body).tags)
          res.writeHead(200, { "content-type": "application/json" }).end("{}")
        })
      })
      await new Promise<void>((r) => storefront.listen(FAKE_STOREFRONT_PORT, () => r()))
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      // The shop, the admin and the demo course: the parts of the seed this spec stands on.
      const setup = await ensureStoreSetup(getContainer(), "Storefront")
      await ensureCatalog(getContainer(), setup)
      await ensureDemoAdmin(getContainer())
      expect(await ensureDemoCourse(getContainer(), setup)).toBe(true)
      expect(await ensureDemoCourse(getContainer(), setup)).toBe(false)
      shop = await openShop(api, getContainer, simulator)
      const { data } = await api.get("/store/products", { headers: shop.key, params: { handle: DEMO_COURSE.product_handle, fields: "variants.id" } })
      courseVariant = data.products[0].variants[0].id
      ada = await shop.register("ada@example.com")
      ben = await shop.register("ben@example.com")
      adaOrder = await buyCourse(ada, "ada@example.com")
      await eventually(() => enrollmentsForOrder(adaOrder.id), (found) => found.length > 0)
    })
    afterAll(async () => {
      simulator?.stop()
      await new Promise((r) => storefront?.close(r))
    })

    describe("the public catalogue", () => {
      it("lists the published course with its outline, bodies only on free previews", async () => {
        const { data } = await api.get("/store/courses", { headers: shop.key })
        const course = data.courses.find((c: any) => c.handle === DEMO_COURSE.handle)
        expect(course).toMatchObject({ title: DEMO_COURSE.title, lesson_count: 4, product: { handle: DEMO_COURSE.product_handle } })
        expect(course.sections.map((s: any) => s.title)).toEqual(["Finding your book", "Drafting every day"])
        const lessons = course.sections.flatMap((s: any) => s.lessons)
        expect(lessons.map((l: any) => [l.is_free_preview, l.body !== null])).toEqual([
          [true, true],
          [true, true],
          [false, false],
          [false, false],
        ])
      })

      it("answers 404 for a draft or unknown course and 400 for a bad page size", async () => {
        const admin = await shop.adminHeaders()
        await api.post("/admin/courses", { title: "Secret draft", handle: "secret-draft" }, { headers: admin })
        expect((await res(api.get("/store/courses/secret-draft", { headers: shop.key }))).status).toBe(404)
        expect((await res(api.get("/store/courses/no-such-course", { headers: shop.key }))).status).toBe(404)
        const bad = await res(api.get("/store/courses", { headers: shop.key, params: { limit: 500 } }))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/limit/)
      })

      it("keeps the course product out of the book catalogue, and a course line needs no delivery", async () => {
        const { data } = await api.get("/store/catalog/products", { headers: shop.key, params: { region_id: shop.regionId } })
        expect(data.products.map((p: any) => p.handle)).not.toContain(DEMO_COURSE.product_handle)
        // A course is sold to account holders only (cart-rules.spec): Ben is signed in and not enrolled.
        const { data: cart } = await api.post("/store/carts", { region_id: shop.regionId }, { headers: ben })
        const { data: added } = await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: courseVariant, quantity: 1 }, { headers: ben })
        expect(added.cart.items[0].requires_shipping).toBe(false)
        const { data: created } = await api.post(
          "/store/carts",
          { region_id: shop.regionId, items: [{ variant_id: courseVariant, quantity: 1 }] },
          { headers: ben }
        )
        expect(created.cart.items[0].requires_shipping).toBe(false)
      })
    })

    describe("lessons and enrollment", () => {
      it("enrols the buyer from order.placed and emails them once", async () => {
        const [enrollment] = await enrollmentsOf(ada)
        expect(enrollment).toMatchObject({
          status: "active",
          order_id: adaOrder.id,
          course: { handle: DEMO_COURSE.handle },
          progress: { percent: 0, completed_count: 0, lesson_count: 4 },
        })
        const emails = await eventually(
          () => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "ada@example.com", template: "course-enrolled" }),
          (found) => found.length > 0
        )
        expect(emails).toHaveLength(1)
        expect(emails[0].data).toMatchObject({ course_title: DEMO_COURSE.title, learn_url: `${STOREFRONT_PUBLIC_URL}/ng/learn/${DEMO_COURSE.handle}` })
      })

      it("opens a free preview to anyone, and any other lesson only to an enrolled learner (401 signed out, 403 not enrolled)", async () => {
        const [free, , paid] = await lessonsOf(DEMO_COURSE.handle)
        const url = (id: string) => `/store/courses/${DEMO_COURSE.handle}/lessons/${id}`
        expect((await api.get(url(free.id), { headers: shop.key })).data.lesson.body).toBeTruthy()
        expect((await res(api.get(url(paid.id), { headers: shop.key }))).status).toBe(401)
        const forBen = await res(api.get(url(paid.id), { headers: ben }))
        expect(forBen.status).toBe(403)
        expect(forBen.data.message).toMatch(/Enrol/)
        const forAda = await api.get(url(paid.id), { headers: ada })
        expect(forAda.data.lesson.body).toMatch(/one sentence per chapter/)
        expect(forAda.data.previous_lesson_id).toBeTruthy()
      })

      it("keeps each learner's progress their own: another learner can neither read nor change it", async () => {
        const [enrollment] = await enrollmentsOf(ada)
        const [first] = await lessonsOf(DEMO_COURSE.handle)
        expect((await res(api.get(`/store/customers/me/courses/${enrollment.id}`, { headers: ben }))).status).toBe(404)
        expect((await completeLesson(ben, enrollment.id, first.id)).status).toBe(404)
        expect((await res(api.get(`/store/customers/me/courses/${enrollment.id}/certificate`, { headers: ben }))).status).toBe(404)
        expect(await enrollmentsOf(ben)).toEqual([])
        const { data } = await api.get(`/store/customers/me/courses/${enrollment.id}`, { headers: ada })
        expect(data.enrollment.progress.completed_count).toBe(0)
        expect((await res(api.get("/store/customers/me/courses", { headers: shop.key }))).status).toBe(401)
      })

      it("enrols once however often order.placed comes, even all at once", async () => {
        const events = getContainer().resolve(Modules.EVENT_BUS)
        await events.emit({ name: OrderWorkflowEvents.PLACED, data: { id: adaOrder.id } })
        await Promise.all(
          Array.from({ length: 6 }, () => enrollCustomerFromOrderWorkflow(getContainer()).run({ input: { order_id: adaOrder.id } }))
        )
        await new Promise((r) => setTimeout(r, 1000))
        expect(await enrollmentsForOrder(adaOrder.id)).toHaveLength(1)
        const emails = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "ada@example.com", template: "course-enrolled" })
        expect(emails).toHaveLength(1)
      })

      it("refuses a second enrollment row for the same order line in the database itself", async () => {
        const [existing] = await enrollmentsForOrder(adaOrder.id)
        await expect(
          courses().createEnrollments({
            course_id: (existing as any).course_id,
            customer_id: existing.customer_id,
            order_id: existing.order_id,
            line_item_id: existing.line_item_id,
            enrolled_at: new Date(),
          })
        ).rejects.toThrow(/already exists/)
      })
    })

    describe("completing a course", () => {
      it("records each lesson once, issues one certificate at the end, and lets only its owner download it", async () => {
        const [enrollment] = await enrollmentsOf(ada)
        const lessons = await lessonsOf(DEMO_COURSE.handle)
        // The same lesson completed three times at once is one record.
        await Promise.all([1, 2, 3].map(() => completeLesson(ada, enrollment.id, lessons[0].id)))
        expect(await courses().listLessonProgresses({ enrollment_id: enrollment.id })).toHaveLength(1)
        expect((await completeLesson(ada, enrollment.id, "les_not_in_course")).status).toBe(404)

        const second = await completeLesson(ada, enrollment.id, lessons[1].id)
        expect(second.data).toMatchObject({ status: "active", certificate_code: null, progress: { percent: 50, next_lesson_id: lessons[2].id } })
        // The last two at the same moment: one certificate, whichever finishes last.
        const last = await Promise.all([completeLesson(ada, enrollment.id, lessons[2].id), completeLesson(ada, enrollment.id, lessons[3].id)])
        expect(last.map((r) => r.status)).toEqual([200, 200])
        const certificates = await courses().listCertificates({ enrollment_id: enrollment.id })
        expect(certificates).toHaveLength(1)
        const code = certificates[0].code

        const { data } = await api.get(`/store/customers/me/courses/${enrollment.id}`, { headers: ada })
        expect(data.enrollment).toMatchObject({ status: "completed", progress: { percent: 100 }, certificate: { code } })

        const pdf = await api.get(`/store/customers/me/courses/${enrollment.id}/certificate`, { headers: ada, responseType: "arraybuffer" })
        expect(pdf.headers["content-type"]).toBe("application/pdf")
        expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe("%PDF-")
        const lines = (await extractPdfText(pdf.data)).split("\n")
        expect(lines).toEqual(expect.arrayContaining([DEMO_COURSE.title, "Test", `Verify it at ${STOREFRONT_PUBLIC_URL}/certificates/${code}`]))
      })

      it("verifies a certificate publicly by its code, revealing only name, course and date", async () => {
        const code = await finishCourse(ada)
        const { data } = await api.get(`/store/course-certificates/${code}`, { headers: shop.key })
        expect(Object.keys(data.certificate).sort()).toEqual(["code", "course_title", "issued_at", "learner_name"])
        expect(data.certificate).toMatchObject({ learner_name: "Test", course_title: DEMO_COURSE.title })
        expect((await res(api.get("/store/course-certificates/AAAAAAAAAAAAAAAA", { headers: shop.key }))).status).toBe(404)
        expect((await res(api.get("/store/course-certificates/x'--", { headers: shop.key }))).status).toBe(404)
      })

      it("prints the learner's name as they wrote it, in any script the font covers, on the certificate they download", async () => {
        const ola = await shop.register("ola@example.com")
        await api.post("/store/customers/me", { first_name: "Ọlábísí", last_name: "Adébáyọ̀" }, { headers: ola })
        const order = await buyCourse(ola, "ola@example.com")
        await eventually(() => enrollmentsForOrder(order.id), (found) => found.length > 0)
        const code = await finishCourse(ola)
        const [enrollment] = await enrollmentsOf(ola)
        const pdf = await api.get(`/store/customers/me/courses/${enrollment.id}/certificate`, { headers: ola, responseType: "arraybuffer" })
        // NFC on both sides: the PDF prints the composed letters (see `printable` in certificate-pdf.ts).
        const lines = (await extractPdfText(pdf.data)).normalize("NFC").split("\n")
        expect(lines).toContain("Ọlábísí Adébáyọ̀".normalize("NFC"))
        expect(lines.join("\n")).not.toContain("?")
        const { data } = await api.get(`/store/course-certificates/${code}`, { headers: shop.key })
        expect(data.certificate.learner_name).toBe("Ọlábísí Adébáyọ̀")
      })
    })

    describe("compensation", () => {
      it("rolls back the lesson and the certificate when storing the PDF fails, and succeeds once storage is back", async () => {
        const cleo = await shop.register("cleo@example.com")
        const order = await buyCourse(cleo, "cleo@example.com")
        await eventually(() => enrollmentsForOrder(order.id), (found) => found.length > 0)
        const [enrollment] = await enrollmentsOf(cleo)
        const lessons = await lessonsOf(DEMO_COURSE.handle)
        for (const lesson of lessons.slice(0, 3)) expect((await completeLesson(cleo, enrollment.id, lesson.id)).status).toBe(200)

        // The private folder becomes a plain file: the file module cannot write the PDF.
        const moved = `${PRIVATE_UPLOAD_DIR}.moved`
        await rename(PRIVATE_UPLOAD_DIR, moved)
        await writeFile(PRIVATE_UPLOAD_DIR, "not a folder")
        try {
          const failed = await completeLesson(cleo, enrollment.id, lessons[3].id)
          expect(failed.status).toBeGreaterThanOrEqual(500)
        } finally {
          await rm(PRIVATE_UPLOAD_DIR)
          await rename(moved, PRIVATE_UPLOAD_DIR)
        }
        const progress = await courses().listLessonProgresses({ enrollment_id: enrollment.id })
        expect(progress.map((p) => p.lesson_id).sort()).toEqual(lessons.slice(0, 3).map((l) => l.id).sort())
        expect(await courses().listCertificates({ enrollment_id: enrollment.id })).toEqual([])
        expect((await courses().retrieveEnrollment(enrollment.id)).status).toBe("active")

        const retried = await completeLesson(cleo, enrollment.id, lessons[3].id)
        expect(retried.data).toMatchObject({ status: "completed", progress: { percent: 100 } })
        expect(await courses().listCertificates({ enrollment_id: enrollment.id })).toHaveLength(1)
      })
    })

    describe("compensation of enrolment", () => {
      it("takes back the enrollment and its links when a later step fails, and a clean run then enrols once", async () => {
        const eve = await shop.register("eve@example.com")
        const order = await buyCourse(eve, "eve@example.com")
        const orderLinks = async () =>
          (await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
            entity: EnrollmentOrderLink.entryPoint,
            fields: ["enrollment_id", "order_id"],
            filters: { order_id: order.id },
          })).data
        // Undo what order.placed did (once its links exist), so the order is paid for but not enrolled.
        const [{ enrollment_id: placedId }] = await eventually(orderLinks, (found) => found.length > 0)
        const placed = await courses().retrieveEnrollment(placedId)
        await getContainer().resolve(ContainerRegistrationKeys.LINK).dismiss([
          { [COURSES_MODULE]: { enrollment_id: placed.id }, [Modules.CUSTOMER]: { customer_id: placed.customer_id } },
          { [COURSES_MODULE]: { enrollment_id: placed.id }, [Modules.ORDER]: { order_id: order.id } },
        ])
        await courses().deleteEnrollments(placed.id)
        expect(await orderLinks()).toEqual([])

        const failing = enrollCustomerFromOrderWorkflow(getContainer())
        failing.appendAction("fail-after-linking", "create-remote-links", {
          invoke: async () => {
            throw new Error("The step after linking failed")
          },
        })
        const { errors } = await failing.run({ input: { order_id: order.id }, throwOnError: false })
        expect(errors.map((e) => e.error?.message)).toEqual(["The step after linking failed"])
        expect(await enrollmentsForOrder(order.id)).toEqual([])
        expect(await orderLinks()).toEqual([])

        const { result } = await enrollCustomerFromOrderWorkflow(getContainer()).run({ input: { order_id: order.id } })
        const enrolled = await enrollmentsForOrder(order.id)
        expect(enrolled.map((e) => e.id)).toEqual(result.map((e) => e.id))
        expect(enrolled).toHaveLength(1)
        expect(await orderLinks()).toEqual([expect.objectContaining({ enrollment_id: enrolled[0].id, order_id: order.id })])
      })
    })

    describe("revocation", () => {
      it("revokes access on a full refund (a partial one leaves it), and the lessons answer 403", async () => {
        const dan = await shop.register("dan@example.com")
        const order = await buyCourse(dan, "dan@example.com")
        const [enrollment] = await eventually(() => enrollmentsForOrder(order.id), (found) => found.length > 0)
        const admin = await shop.adminHeaders()
        const { data } = await api.get(`/admin/orders/${order.id}`, { headers: admin, params: { fields: "id,total,*payment_collections.payments" } })
        const paymentId = data.order.payment_collections[0].payments[0].id

        await api.post(`/admin/payments/${paymentId}/refund`, { amount: 1000 }, { headers: admin })
        await new Promise((r) => setTimeout(r, 1500))
        expect((await courses().retrieveEnrollment(enrollment.id)).status).toBe("active")

        await api.post(`/admin/payments/${paymentId}/refund`, { amount: data.order.total - 1000 }, { headers: admin })
        const revoked = await eventually(() => courses().retrieveEnrollment(enrollment.id), (e) => e.status === "revoked")
        expect(revoked.status).toBe("revoked")
        const [, , paid] = await lessonsOf(DEMO_COURSE.handle)
        expect((await res(api.get(`/store/courses/${DEMO_COURSE.handle}/lessons/${paid.id}`, { headers: dan }))).status).toBe(403)
        expect((await completeLesson(dan, enrollment.id, paid.id)).status).toBe(403)
      })
      it("takes back the certificate of a refunded course: its learner cannot download it and no one can verify it", async () => {
        const gia = await shop.register("gia@example.com")
        const order = await buyCourse(gia, "gia@example.com")
        const [enrollment] = await eventually(() => enrollmentsForOrder(order.id), (found) => found.length > 0)
        const code = await finishCourse(gia)
        expect((await res(api.get(`/store/course-certificates/${code}`, { headers: shop.key }))).status).toBe(200)

        const admin = await shop.adminHeaders()
        const { data } = await api.get(`/admin/orders/${order.id}`, { headers: admin, params: { fields: "id,*payment_collections.payments" } })
        await api.post(`/admin/payments/${data.order.payment_collections[0].payments[0].id}/refund`, {}, { headers: admin })
        await eventually(() => courses().retrieveEnrollment(enrollment.id), (e) => e.status === "revoked")

        const download = await res(api.get(`/store/customers/me/courses/${enrollment.id}/certificate`, { headers: gia }))
        expect(download.status).toBe(410)
        expect(download.data.message).toMatch(/revoked/)
        const verified = await res(api.get(`/store/course-certificates/${code}`, { headers: shop.key }))
        expect(verified.status).toBe(410)
        expect(verified.data).toEqual({ message: `Certificate ${code} was revoked`, certificate: { code, revoked: true } })
      })

      it("revokes access when staff cancel the paid order", async () => {
        const fay = await shop.register("fay@example.com")
        const order = await buyCourse(fay, "fay@example.com")
        const [enrollment] = await eventually(() => enrollmentsForOrder(order.id), (found) => found.length > 0)
        const [, , paid] = await lessonsOf(DEMO_COURSE.handle)
        expect((await api.get(`/store/courses/${DEMO_COURSE.handle}/lessons/${paid.id}`, { headers: fay })).status).toBe(200)

        await api.post(`/admin/orders/${order.id}/cancel`, {}, { headers: await shop.adminHeaders() })
        const revoked = await eventually(() => courses().retrieveEnrollment(enrollment.id), (e) => e.status === "revoked", 30_000)
        expect(revoked.revoked_at).toBeTruthy()
        expect((await res(api.get(`/store/courses/${DEMO_COURSE.handle}/lessons/${paid.id}`, { headers: fay }))).status).toBe(403)
        const [mine] = await enrollmentsOf(fay)
        expect(mine.status).toBe("revoked")
      })
    })

    describe("staff", () => {
      it("create a course with three lessons, link its product, publish it, and the storefront is told", async () => {
        const admin = await shop.adminHeaders()
        const bad = await res(api.post("/admin/courses", { title: "X", handle: "Not A Handle" }, { headers: admin }))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/handle/)

        const { data: created } = await api.post("/admin/courses", { title: "Editing Your Draft", handle: "editing-your-draft" }, { headers: admin })
        const id = created.course.id
        const { data: section } = await api.post(`/admin/courses/${id}/sections`, { title: "Revising" }, { headers: admin })
        const lessonIds: string[] = []
        for (const title of ["Read it aloud", "Cut a tenth", "Ask three readers"]) {
          const { data } = await api.post(`/admin/courses/${id}/lessons`, { section_id: section.section_id, title, kind: "text", body: `${title}.` }, { headers: admin })
          lessonIds.push(data.lesson_id)
        }
        const noVideo = await res(api.post(`/admin/courses/${id}/lessons`, { section_id: section.section_id, title: "V", kind: "video" }, { headers: admin }))
        expect(noVideo.status).toBe(400)
        const reordered = await api.post(`/admin/courses/${id}/sections/${section.section_id}/lesson-order`, { lesson_ids: [...lessonIds].reverse() }, { headers: admin })
        expect(reordered.data.course.sections[0].lessons.map((l: any) => l.id)).toEqual([...lessonIds].reverse())
        const partial = await res(api.post(`/admin/courses/${id}/sections/${section.section_id}/lesson-order`, { lesson_ids: [lessonIds[0]] }, { headers: admin }))
        expect(partial.status).toBe(400)

        const { data: products } = await api.get("/admin/products", { headers: admin, params: { handle: "the-quiet-draft" } })
        // A product already selling the demo course cannot sell another.
        const { data: demo } = await api.get("/admin/products", { headers: admin, params: { handle: DEMO_COURSE.product_handle } })
        const taken = await res(api.post(`/admin/courses/${id}`, { product_id: demo.products[0].id }, { headers: admin }))
        expect(taken.status).toBe(400)
        await api.post(`/admin/courses/${id}`, { product_id: products.products[0].id, status: "published" }, { headers: admin })

        const { data } = await api.get("/store/courses/editing-your-draft", { headers: shop.key })
        expect(data.course.lesson_count).toBe(3)
        expect(revalidated).toContainEqual(["courses", "course:editing-your-draft"])
        const { data: widget } = await api.get("/admin/courses", { headers: admin, params: { product_id: products.products[0].id } })
        expect(widget.courses).toEqual([expect.objectContaining({ id, handle: "editing-your-draft" })])
      })

      it("show a course's enrollments with its completion rate", async () => {
        const admin = await shop.adminHeaders()
        await finishCourse(ada)
        const benOrder = await buyCourse(ben, "ben@example.com")
        await eventually(() => enrollmentsForOrder(benOrder.id), (found) => found.length > 0)
        const [course] = await courses().listCourses({ handle: DEMO_COURSE.handle })
        const { data } = await api.get(`/admin/courses/${course.id}/enrollments`, { headers: admin })
        expect(data.summary).toEqual({ enrolled: 2, completed: 1, revoked: 0, completion_rate: 50 })
        expect(data.enrollments.map((e: any) => [e.customer.email, e.progress.percent]).sort()).toEqual([
          ["ada@example.com", 100],
          ["ben@example.com", 0],
        ])
      })
    })
  },
})
