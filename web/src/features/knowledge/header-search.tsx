import { useState } from "react";
import { ActionIcon, Combobox, Loader, Text, TextInput, useCombobox } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { HighlightedText } from "./highlighted-text";
import { PhoneSearch } from "./phone-search";
import { useSearch } from "./search.api";

const SEE_ALL = "see-all";

/** Search from anywhere: a field with the top answers in a dropdown (desktop), an icon opening a search (phone). */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const [phoneOpen, setPhoneOpen] = useState(false);
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const search = useSearch(debounced, { limit: 5 });
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const hits = debounced ? (search.data ?? []) : [];

  const go = (value: string) => {
    combobox.closeDropdown();
    if (value === SEE_ALL) {
      if (text.trim()) void navigate(`/knowledge?q=${encodeURIComponent(text.trim())}`);
    } else void navigate(`/knowledge/${value}`);
    setText("");
  };

  return (
    <>
      <Combobox store={combobox} onOptionSubmit={go} width={420} position="bottom-end" shadow="md">
        <Combobox.Target>
          <TextInput
            visibleFrom="sm"
            type="search"
            w={{ sm: 220, md: 300 }}
            aria-label={t("knowledge.headerSearch.label")}
            placeholder={t("knowledge.headerSearch.placeholder")}
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSection={search.isFetching && debounced ? <Loader size={14} aria-hidden /> : null}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              combobox.openDropdown();
              combobox.updateSelectedOptionIndex();
            }}
            onFocus={() => text && combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
            onKeyDown={(e) => {
              // Enter without a highlighted answer opens the full results.
              if (e.key === "Enter" && combobox.getSelectedOptionIndex() < 0) {
                e.preventDefault();
                go(SEE_ALL);
              }
            }}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={!debounced}>
          <Combobox.Options aria-label={t("knowledge.headerSearch.results")}>
            {search.error ? (
              <Combobox.Empty>{t("knowledge.headerSearch.failed")}</Combobox.Empty>
            ) : hits.length === 0 ? (
              <Combobox.Empty>{search.isFetching ? t("common.loading") : t("knowledge.headerSearch.none")}</Combobox.Empty>
            ) : (
              hits.map((hit) => (
                <Combobox.Option key={hit.id} value={String(hit.id)}>
                  <Text size="sm" fw={600} lineClamp={1}>
                    <HighlightedText text={hit.title} />
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    <HighlightedText text={hit.snippet} />
                  </Text>
                </Combobox.Option>
              ))
            )}
            <Combobox.Option value={SEE_ALL}>
              <Text size="sm" c="scaffold.8" fw={600}>
                {t("knowledge.headerSearch.seeAll", { query: debounced })}
              </Text>
            </Combobox.Option>
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      <ActionIcon hiddenFrom="sm" variant="subtle" color="gray" size="lg" aria-label={t("knowledge.headerSearch.open")} onClick={() => setPhoneOpen(true)}>
        <IconSearch size={22} aria-hidden />
      </ActionIcon>
      {phoneOpen && <PhoneSearch onClose={() => setPhoneOpen(false)} />}
    </>
  );
}
