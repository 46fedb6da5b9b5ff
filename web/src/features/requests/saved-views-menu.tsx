import { useState, type FormEvent } from "react";
import { ActionIcon, Button, Group, Menu, Stack, TextInput } from "@mantine/core";
import { IconBookmark, IconBookmarkPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { AppModal } from "../../app/app-modal";
import { ErrorAlert } from "../../app/error-alert";
import { useDeleteView, useSavedViews, useSaveView } from "./queue.api";
import type { SavedView } from "./requests.types";

/** The person's saved queue views: open one, save the current filters, delete. */
export function SavedViewsMenu({ current, onOpen }: { current: Record<string, string>; onOpen(view: SavedView): void }) {
  const { t } = useTranslation();
  const views = useSavedViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { name: name.trim(), filters: current },
      {
        onSuccess: () => {
          setNaming(false);
          setName("");
        },
      },
    );
  };

  return (
    <>
      <Menu position="bottom-end" width={280} shadow="md">
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={18} aria-hidden />}>
            {t("queue.views.label")}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {(views.data ?? []).length === 0 && <Menu.Label>{t("queue.views.none")}</Menu.Label>}
          {(views.data ?? []).map((view) => (
            <Group key={view.id} gap={0} wrap="nowrap">
              <Menu.Item onClick={() => onOpen(view)} style={{ flex: 1 }}>
                {view.name}
              </Menu.Item>
              <ActionIcon variant="subtle" color="gray" aria-label={t("queue.views.delete", { name: view.name })} onClick={() => remove.mutate(view.id)}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconBookmarkPlus size={18} aria-hidden />} onClick={() => setNaming(true)}>
            {t("queue.views.save")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <AppModal opened={naming} onClose={() => setNaming(false)} title={t("queue.views.save")}>
        <form onSubmit={submit}>
          <Stack>
            <ErrorAlert error={save.error ?? remove.error} />
            <TextInput label={t("queue.views.name")} placeholder={t("queue.views.namePlaceholder")} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={80} required data-autofocus />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={save.isPending} disabled={!name.trim()}>
                {t("common.save")}
              </Button>
            </Group>
          </Stack>
        </form>
      </AppModal>
    </>
  );
}
