import { useState } from "react";
import { Button, SegmentedControl, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { IdeaCard } from "./idea-card";
import { IdeaFormModal } from "./idea-form-modal";
import { useIdeas } from "./ideas.api";
import type { IdeaFilters } from "./ideas.types";

const VIEWS = ["mine", "mentoring", "all", "gallery"] as const;
type View = (typeof VIEWS)[number];

const FILTERS: Record<View, IdeaFilters> = { mine: { owner: "me" }, mentoring: { mentor: "me" }, all: {}, gallery: { status: "shipped" } };

/** `/growth/ideas`: my ideas, those I mentor, all, and the gallery of shipped ones. */
export function IdeasPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>("mine");
  const [proposing, setProposing] = useState(false);
  const ideas = useIdeas(FILTERS[view]);

  return (
    <>
      <PageHeader
        title={t("growth.ideas.title")}
        description={t("growth.ideas.intro")}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setProposing(true)}>
            {t("growth.ideas.propose")}
          </Button>
        }
      />
      <Stack gap="lg">
        <SegmentedControl aria-label={t("growth.ideas.view")} value={view} onChange={(v) => setView(v as View)} data={VIEWS.map((v) => ({ value: v, label: t(`growth.ideas.views.${v}`) }))} style={{ alignSelf: "flex-start" }} maw="100%" />
        {view === "gallery" && <Text c="dimmed">{t("growth.ideas.galleryIntro")}</Text>}
        <ErrorAlert error={ideas.error} />
        {ideas.isPending && !ideas.error && <PageLoader />}
        {ideas.data && ideas.data.items.length === 0 && <Text c="dimmed">{t(`growth.ideas.empty.${view}`)}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {(ideas.data?.items ?? []).map((idea) => (
            <IdeaCard key={idea.id} idea={idea} gallery={view === "gallery"} />
          ))}
        </SimpleGrid>
      </Stack>
      <IdeaFormModal opened={proposing} onClose={() => setProposing(false)} />
    </>
  );
}
