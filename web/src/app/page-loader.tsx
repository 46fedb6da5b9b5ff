import { Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A centred spinner for a page that is still loading. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-label={t("common.loading")} />
    </Center>
  );
}
