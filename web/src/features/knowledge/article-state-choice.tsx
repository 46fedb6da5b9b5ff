import { Radio, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ArticleState } from "./knowledge.types";

interface Props {
  options: ArticleState[];
  value: ArticleState;
  onChange(state: ArticleState): void;
}

/** Where the article goes on saving, limited to the states this person may choose. */
export function ArticleStateChoice({ options, value, onChange }: Props) {
  const { t } = useTranslation();
  if (options.length <= 1)
    return (
      <Text size="sm" c="dimmed">
        {t(`knowledge.editor.onlyState.${options[0] ?? "draft"}`)}
      </Text>
    );
  return (
    <Radio.Group label={t("knowledge.fields.state")} value={value} onChange={(state) => onChange(state as ArticleState)}>
      <Stack gap="xs" mt={6}>
        {options.map((state) => (
          <Radio key={state} value={state} label={t(`knowledge.state.${state}`)} description={t(`knowledge.stateHint.${state}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
