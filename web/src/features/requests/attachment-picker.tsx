import { FileInput } from "@mantine/core";
import { IconPaperclip } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ATTACHMENT_TYPES, attachmentProblem } from "./attachments.api";

interface Props {
  label: string;
  description: string;
  value: File[];
  onChange(files: File[]): void;
}

/** Picks images and PDFs, refusing (with a reason) any of the wrong type or over 10 MB. */
export function AttachmentPicker({ label, description, value, onChange }: Props) {
  const { t } = useTranslation();
  const problems = value.flatMap((file) => {
    const problem = attachmentProblem(file);
    return problem ? [t(problem, { name: file.name })] : [];
  });
  return (
    <FileInput
      label={label}
      description={description}
      placeholder={t("requests.attachments.pick")}
      multiple
      clearable
      accept={ATTACHMENT_TYPES.join(",")}
      leftSection={<IconPaperclip size={16} aria-hidden />}
      value={value}
      onChange={onChange}
      error={problems.length ? problems.join(" ") : undefined}
      // Mantine's placeholder grey is too faint for AA contrast on white.
      styles={{ placeholder: { color: "var(--mantine-color-dimmed)" } }}
    />
  );
}

/** True when every picked file may be uploaded. */
export const filesAreValid = (files: File[]) => files.every((file) => attachmentProblem(file) === null);
