import { describe, expect, it } from "vitest";
import { renderIdeaMail, renderMail } from "./notification-mail.js";

const base = { request: { id: 7, title: "<script>alert(1)</script>", urgency: "normal" as const }, recipientName: "Ana & Bo", actorName: "<b>Sam</b>", publicUrl: "https://help.school.example" };

describe("notification mail", () => {
  it("escapes every piece of user text in the HTML and keeps the text body readable", () => {
    const mail = renderMail({ ...base, type: "reply_added", replyText: "Try <img src=x onerror=alert(1)>" });
    expect(mail.html).not.toMatch(/<script>|<img|<b>Sam/);
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail.html).toContain("Ana &amp; Bo");
    expect(mail.text).toContain('#7 "<script>alert(1)</script>"');
    expect(mail.text).toContain("> Try <img src=x onerror=alert(1)>");
  });

  it("links to the request, and a resolved request also to the self-reliance question", () => {
    const mail = renderMail({ ...base, type: "request_resolved", replyText: null });
    expect(mail.text).toContain("https://help.school.example/requests/7\n");
    expect(mail.text).toContain("https://help.school.example/requests/7?feedback=1");
    expect(mail.html).toContain('href="https://help.school.example/requests/7?feedback=1"');
    expect(mail.text).toContain("Could you do this yourself next time?");
  });

  it("keeps subjects on one line whatever the title holds", () => {
    expect(renderMail({ ...base, request: { ...base.request, title: "a\r\nBcc: x@evil.example" }, type: "request_created", replyText: null }).subject).not.toMatch(/[\r\n]/);
  });

  it("escapes an idea's title and names, links to the idea, and words statuses as a person would", () => {
    const mail = renderIdeaMail({ type: "idea_status_changed", idea: { id: 3, title: "<img src=x onerror=alert(1)>" }, recipientName: "Ana & Bo", actorName: "<b>Sam</b>", status: "in_progress", mentorName: null, publicUrl: base.publicUrl });
    expect(mail.html).not.toMatch(/<img|<b>Sam/);
    expect(mail.text).toContain("moved the idea \"<img src=x onerror=alert(1)>\" to in progress.");
    expect(mail.text).toContain("https://help.school.example/growth/ideas/3");
    expect(mail.html).toContain('href="https://help.school.example/growth/ideas/3"');
  });
});
