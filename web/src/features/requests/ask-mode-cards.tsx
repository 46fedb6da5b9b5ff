import { Group, Radio, SimpleGrid, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconBulb, IconHandFinger, IconTool, type Icon } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { MODES, type Mode } from "./requests.types";

const ICONS: Record<Mode, Icon> = { guide: IconHandFinger, idea: IconBulb, do: IconTool };

/** The three kinds of help as big, tappable choice cards ("Show me how", …). */
export function AskModeCards({ value, onChange, error }: { value: Mode | null; onChange(mode: Mode): void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t("ask.fields.mode")}
      value={value ?? ""}
      onChange={(next) => onChange(next as Mode)}
      withAsterisk
      error={error}
      styles={{ label: { marginBottom: "var(--mantine-spacing-xs)" } }}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {MODES.map((mode) => {
          const ModeIcon = ICONS[mode];
          return (
            <Radio.Card key={mode} value={mode} radius="lg" p="md" withBorder style={{ borderWidth: value === mode ? 2 : undefined }}>
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={4} />
                <Stack gap={4}>
                  <Group gap="xs" wrap="nowrap">
                    <ThemeIcon variant="light" radius="xl" size={30} aria-hidden>
                      <ModeIcon size={18} stroke={1.6} />
                    </ThemeIcon>
                    <Text fw={600}>{t(`modes.${mode}.label`)}</Text>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {t(`modes.${mode}.hint`)}
                  </Text>
                </Stack>
              </Group>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
