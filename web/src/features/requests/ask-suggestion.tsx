import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconSparkles } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Classification, Mode } from "./requests.types";

interface Props {
  suggestion: Classification | undefined;
  mode: Mode | null;
  topicChosen: boolean;
  onUseMode(mode: Mode): void;
  onUseTopic(topicId: number): void;
  topicLabel(id: number): string;
}

/** The classifier's proposal while the person types: a mode with its reasons, and maybe a topic. */
export function AskSuggestion({ suggestion, mode, topicChosen, onUseMode, onUseTopic, topicLabel }: Props) {
  const { t } = useTranslation();
  if (!suggestion || suggestion.reasons.length === 0) return null;
  const chosen = mode === suggestion.mode;
  const offerTopic = suggestion.topic && !topicChosen;
  return (
    <Alert variant="light" color="scaffold" icon={<IconSparkles aria-hidden />} role="status" aria-live="polite" title={t(`ask.suggestion.${suggestion.mode}`)}>
      <Stack gap="xs">
        <Text size="sm">{t("ask.suggestion.because", { reasons: suggestion.reasons.join(", ") })}</Text>
        <Group gap="xs">
          <Button size="compact-md" variant={chosen ? "light" : "filled"} disabled={chosen} onClick={() => onUseMode(suggestion.mode)}>
            {chosen ? t("ask.suggestion.using") : t("ask.suggestion.use", { mode: t(`modes.${suggestion.mode}.label`) })}
          </Button>
        </Group>
        {offerTopic && suggestion.topic && (
          <Group gap="xs">
            <Text size="sm">{t("ask.suggestion.topic", { topic: topicLabel(suggestion.topic.id) })}</Text>
            <Button size="compact-sm" variant="light" onClick={() => onUseTopic(suggestion.topic!.id)}>
              {t("ask.suggestion.useTopic")}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
