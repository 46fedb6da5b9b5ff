import { useMemo } from "react";
import { useMantineTheme } from "@mantine/core";

/** Theme colours resolved to hex for ECharts (which cannot read CSS variables). */
export function useChartColors() {
  const theme = useMantineTheme();
  return useMemo(() => {
    const pick = (name: string, shade: number) => theme.colors[name]?.[shade] ?? theme.black;
    return {
      primary: pick("scaffold", 7),
      primaryLight: pick("scaffold", 4),
      primaryMid: pick("scaffold", 6),
      accent: pick("sun", 7),
      accentLight: pick("sun", 6),
      danger: pick("red", 7),
      muted: pick("gray", 6),
      mutedLight: pick("gray", 5),
      text: pick("gray", 7),
    };
  }, [theme]);
}
