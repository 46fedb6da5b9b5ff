import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type Session, type TestApp } from "../../testing/test-app.js";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

/** A multipart/form-data body with one file field, as a browser sends it. */
function multipart(filename: string, content: Buffer, type = "application/octet-stream") {
  const boundary = "----scaffoldtest";
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

describe("attachments", () => {
  let t: TestApp;
  let owner: Session;
  let stranger: Session;
  let requestId: number;
  beforeAll(async () => {
    t = await createTestApp();
    const topic = await t.addTopic("Printing");
    owner = await t.signIn((await t.addPerson()).email);
    stranger = await t.signIn((await t.addPerson({ kind: "student" })).email);
    const created = await t.app.inject({ method: "POST", url: "/api/v1/requests", headers: owner.headers, payload: { title: "Printer error", description: "", topicId: topic.id, mode: "do" } });
    requestId = created.json().id;
  });
  afterAll(() => t.close());

  const upload = (session: Session, filename: string, content: Buffer) => {
    const body = multipart(filename, content);
    return t.app.inject({ method: "POST", url: `/api/v1/requests/${requestId}/attachments`, headers: { ...session.headers, ...body.headers }, payload: body.payload });
  };

  it("stores an image and serves it back to people who can see the request", async () => {
    const r = await upload(owner, "error screen.png", PNG);
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ filename: "error screen.png", contentType: "image/png", size: PNG.length });
    const file = await t.app.inject({ url: `/api/v1/requests/${requestId}/attachments/${r.json().id}`, headers: owner.headers });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/png");
    expect(file.headers["content-security-policy"]).toContain("sandbox");
    expect(Buffer.compare(file.rawPayload, PNG)).toBe(0);
    const peek = await t.app.inject({ url: `/api/v1/requests/${requestId}/attachments/${r.json().id}`, headers: stranger.headers });
    expect(peek.statusCode).toBe(404);
  });

  it("refuses other types by content, whatever the name says", async () => {
    const r = await upload(owner, "innocent.png", Buffer.from("<html><script>alert(1)</script></html>"));
    expect([r.statusCode, r.json().error.code]).toEqual([415, "ATTACHMENT_TYPE_NOT_ALLOWED"]);
  });

  it("refuses files over 10 MB with 413 ATTACHMENT_TOO_LARGE", async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const r = await upload(owner, "huge.png", big);
    expect([r.statusCode, r.json().error.code]).toEqual([413, "ATTACHMENT_TOO_LARGE"]);
    const listed = (await t.app.inject({ url: `/api/v1/requests/${requestId}/conversation`, headers: owner.headers })).json().attachments;
    expect(listed.map((a: { filename: string }) => a.filename)).toEqual(["error screen.png"]);
  });

  it("answers 404 to someone who can't see the request, and 415 to a JSON body", async () => {
    expect((await upload(stranger, "x.png", PNG)).statusCode).toBe(404);
    const json = await t.app.inject({ method: "POST", url: `/api/v1/requests/${requestId}/attachments`, headers: owner.headers, payload: { file: "x" } });
    expect(json.statusCode).toBe(415);
  });
});
