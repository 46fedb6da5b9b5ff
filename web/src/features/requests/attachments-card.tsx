import { useState } from "react";
import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { IconUpload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../../app/error-text";
import { AttachmentPicker, filesAreValid } from "./attachment-picker";
import { attachmentUrl, useUploadAttachments } from "./attachments.api";
import type { Attachment } from "./requests.types";

/** Files on a request, each a link, and a way to add more. */
export function AttachmentsCard({ requestId, attachments, canUpload }: { requestId: number; attachments: Attachment[]; canUpload: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const upload = useUploadAttachments();
  const [files, setFiles] = useState<File[]>([]);
  const failed = upload.data ?? [];

  const send = () =>
    upload.mutate(
      { requestId, files },
      { onSuccess: (failures) => setFiles(failures.map((f) => f.file)) },
    );

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="attachments-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="attachments-title">
          {t("requests.attachments.title")}
        </Title>
        {attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("requests.attachments.empty")}
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {attachments.map((a) => (
              <List.Item key={a.id}>
                <Anchor href={attachmentUrl(a)} target="_blank" rel="noopener" style={{ overflowWrap: "anywhere" }}>
                  {a.filename}
                </Anchor>{" "}
                <Text span size="xs" c="dimmed">
                  ({Math.max(1, Math.round(a.size / 1024))} KB)
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {canUpload && (
          <>
            <AttachmentPicker label={t("requests.attachments.add")} description={t("requests.attachments.addHint")} value={files} onChange={setFiles} />
            {failed.map(({ file, error }) => (
              <Text key={file.name} size="sm" c="red.8" role="alert">
                {t("requests.attachments.failed", { name: file.name, reason: errorText(error) })}
              </Text>
            ))}
            <Group>
              <Button variant="light" leftSection={<IconUpload size={16} aria-hidden />} onClick={send} disabled={files.length === 0 || !filesAreValid(files)} loading={upload.isPending}>
                {t("requests.attachments.upload")}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
