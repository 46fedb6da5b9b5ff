import { useTranslation } from "react-i18next";
import classes from "./skip-link.module.css";

/** "Skip to main content": the first thing keyboard users reach, visible only when focused. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className={classes.skip} href="#main-content">
      {t("nav.skipToContent")}
    </a>
  );
}
