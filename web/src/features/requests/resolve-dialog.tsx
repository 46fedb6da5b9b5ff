import { useState, type FormEvent } from "react";
import { Button, Group, NumberInput, Radio, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AppModal } from "../../app/app-modal";
import { ErrorAlert } from "../../app/error-alert";
import { useMergeRequest, useResolveRequest } from "./request-actions.api";
import type { HelpRequest, ResolutionKind } from "./requests.types";

interface Props {
  request: HelpRequest;
  kinds: ResolutionKind[];
  opened: boolean;
  onClose(): void;
}

/** "How was it solved?": each resolution kind explained in plain words; a duplicate is merged. */
export function ResolveDialog({ request, kinds, opened, onClose }: Props) {
  const { t } = useTranslation();
  const resolve = useResolveRequest(request.id);
  const merge = useMergeRequest(request.id);
  const likely: ResolutionKind = request.mode !== "do" ? "guided" : request.nature === "learnable" ? "done_for" : "specialist_fix";
  const [kind, setKind] = useState<ResolutionKind | null>(kinds.includes(likely) ? likely : null);
  const [intoId, setIntoId] = useState<number | string>("");

  const close = () => {
    resolve.reset();
    merge.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!kind) return;
    if (kind === "duplicate") merge.mutate(Number(intoId), { onSuccess: close });
    else resolve.mutate({ kind, version: request.version }, { onSuccess: close });
  };

  return (
    <AppModal opened={opened} onClose={close} title={t("request.resolveTitle", { id: request.id })} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t("request.resolveIntro")}
          </Text>
          <ErrorAlert error={resolve.error ?? merge.error} />
          <Radio.Group value={kind ?? ""} onChange={(value) => setKind(value as ResolutionKind)} aria-label={t("request.resolve")}>
            <Stack gap="xs">
              {kinds.map((k) => (
                <Radio.Card key={k} value={k} radius="md" p="sm" withBorder>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator mt={2} />
                    <Stack gap={0}>
                      <Text fw={600}>{t(`resolution.${k}.label`)}</Text>
                      <Text size="sm" c="dimmed">
                        {t(`resolution.${k}.hint`)}
                      </Text>
                    </Stack>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
          {kind === "duplicate" && (
            <NumberInput label={t("request.mergeInto")} description={t("request.mergeHint")} value={intoId} onChange={setIntoId} min={1} allowDecimal={false} required />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={!kind || (kind === "duplicate" && !intoId)} loading={resolve.isPending || merge.isPending}>
              {t("request.resolveSubmit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
