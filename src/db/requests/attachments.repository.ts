import type { Kysely } from "kysely";
import type { AttachmentsRepository, NewAttachment } from "../../core/requests/requests.ports.js";
import type { AttachmentMeta } from "../../core/requests/requests.types.js";
import type { Database } from "../schema.js";

const META = ["id", "request_id", "uploader_id", "filename", "content_type", "size", "created_at"] as const;

export class KyselyAttachmentsRepository implements AttachmentsRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async add(a: NewAttachment): Promise<AttachmentMeta> {
    const row = await this.kysely
      .insertInto("request_attachments")
      .values({
        request_id: a.requestId,
        uploader_id: a.uploaderId,
        filename: a.filename,
        content_type: a.contentType,
        size: a.data.byteLength,
        data: Buffer.from(a.data.buffer, a.data.byteOffset, a.data.byteLength),
        created_at: a.createdAt,
      })
      .returning(META)
      .executeTakeFirstOrThrow();
    return toMeta(row);
  }

  async listFor(requestId: number): Promise<AttachmentMeta[]> {
    const rows = await this.kysely.selectFrom("request_attachments").select(META).where("request_id", "=", requestId).orderBy("id").execute();
    return rows.map(toMeta);
  }

  async get(id: number) {
    const row = await this.kysely.selectFrom("request_attachments").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? { ...toMeta(row), data: new Uint8Array(row.data) } : null;
  }
}

function toMeta(row: { id: number; request_id: number; uploader_id: number; filename: string; content_type: string; size: number; created_at: string }): AttachmentMeta {
  return {
    id: row.id,
    requestId: row.request_id,
    uploaderId: row.uploader_id,
    filename: row.filename,
    contentType: row.content_type,
    size: row.size,
    createdAt: row.created_at,
  };
}
