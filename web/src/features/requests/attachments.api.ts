import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../../app/api-client";
import { useMe } from "../../app/auth-context";
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

/**
 * Uploads one file as multipart field `file`. The api client speaks JSON only, so this sends the
 * CSRF token itself (the one the signed-in person's `/me` carries).
 */
async function upload(requestId: number, file: File, csrfToken: string | null): Promise<Attachment> {
  const form = new FormData();
  form.append("file", file);
  const headers: Record<string, string> = { Accept: "application/json" };
  if (csrfToken) headers["X-CSRF-Token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1/requests/${requestId}/attachments`, { method: "POST", body: form, headers, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "NETWORK_ERROR", "The server could not be reached.");
  }
  const data = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined;
  if (response.ok) return data as Attachment;
  throw new ApiError(response.status, data?.error?.code ?? `HTTP_${response.status}`, data?.error?.message ?? response.statusText);
}

/** Uploads files to a request one after another, so a failure names its file. */
export function useUploadAttachments() {
  const { csrfToken } = useMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ requestId, files }: { requestId: number; files: File[] }) => {
      const failed: { file: File; error: unknown }[] = [];
      for (const file of files) {
        await upload(requestId, file, csrfToken).catch((error: unknown) => failed.push({ file, error }));
      }
      return failed;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: REQUESTS_KEY }),
  });
}
