import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A delivered message, decoded enough for assertions. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

export interface SmtpTestServer {
  url: string;
  received: ReceivedMail[];
  /** While true, every message is refused with a temporary error, like a mail server in trouble. */
  rejecting: boolean;
  close(): Promise<void>;
}

/** A real SMTP listener on 127.0.0.1 and a free port, collecting what it is sent. */
export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const state: SmtpTestServer = { url: "", received: [], rejecting: false, close: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (state.rejecting) return callback(Object.assign(new Error("Mailbox busy, try later"), { responseCode: 451 }));
        state.received.push({ ...parseMessage(Buffer.concat(chunks).toString("utf8")), to: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

/** Just enough MIME for nodemailer's multipart/alternative output: subject, text and HTML parts. */
function parseMessage(raw: string): Omit<ReceivedMail, "to"> {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, " ");
  const subject = /^Subject: (.*)$/im.exec(headers)?.[1] ?? "";
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1];
  const parts = boundary ? rest.join("\n\n").split(`--${boundary}`).slice(1, -1) : [];
  const part = (type: string) => {
    const found = parts.find((p) => new RegExp(`Content-Type: ${type}`, "i").test(p));
    if (!found) return "";
    const [partHead = "", ...body] = found.replace(/^\r?\n/, "").split(/\r?\n\r?\n/);
    return decode(body.join("\n\n"), /Content-Transfer-Encoding: (\S+)/i.exec(partHead)?.[1] ?? "7bit").replace(/\r\n/g, "\n").trimEnd();
  };
  return { subject, text: part("text/plain"), html: part("text/html") };
}

function decode(body: string, encoding: string): string {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/quoted-printable/i.test(encoding)) {
    // Escape literal "%" first, then turn =XX into %XX, so decodeURIComponent rebuilds UTF-8 sequences.
    return decodeURIComponent(body.replace(/=\r?\n/g, "").replace(/%/g, "%25").replace(/=([0-9A-F]{2})/gi, "%$1"));
  }
  return body;
}
