import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api-client";
import { REQUESTS_KEY } from "./requests.api";
import type { Attachment } from "./requests.types";

/** What the server accepts (it checks the bytes too); checked here first to save a wasted upload. */
export const ATTACHMENT_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"];
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Why a file can't be attached, as an i18n key; null when it is fine. */
export function attachmentProblem(file: File): string | null {
  if (!ATTACHMENT_TYPES.includes(file.type)) return "requests.attachments.wrongType";
  if (file.size > MAX_ATTACHMENT_BYTES) return "requests.attachments.tooLarge";
  return null;
}

/** The download (and inline view) address of an attachment. */
export const attachmentUrl = (a: Attachment) => `/api/v1/requests/${a.requestId}/attachments/${a.id}`;

/** Uploads one file as multipart field `file`. */
function upload(requestId: number, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append("file", file);
  return api<Attachment>(`/requests/${requestId}/attachments`, { method: "POST", body: form });
}

/** Uploads files to a request one after another, so a failure names its file. */
export function useUploadAttachments() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ requestId, files }: { requestId: number; files: File[] }) => {
      const failed: { file: File; error: unknown }[] = [];
      for (const file of files) {
        await upload(requestId, file).catch((error: unknown) => failed.push({ file, error }));
      }
      return failed;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: REQUESTS_KEY }),
  });
}
