import { createTheme, type MantineColorsTuple } from "@mantine/core";

/**
 * Scaffold's design tokens: colour, type scale, spacing and radius. Every page uses these through
 * Mantine props (`c="dimmed"`, `p="md"`, `radius="md"`), never raw values.
 */

/** Calm school green: shade 7 (the filled shade) keeps white text above 5:1 contrast. */
const scaffold: MantineColorsTuple = [
  "#eaf6f2", "#d3ebe3", "#a6d6c7", "#76c0a9", "#4fad90",
  "#38a181", "#2a8266", "#236f57", "#1b5b47", "#124737",
];

/** Warm accent for highlights (badges, "coming soon"). */
const sun: MantineColorsTuple = [
  "#fff8e6", "#ffefc7", "#ffde8a", "#ffcc4d", "#ffbd1f",
  "#f5ad00", "#c98e00", "#9c6e00", "#7a5600", "#5c4100",
];

/** Neutral greys, darker than Mantine's from shade 6 so "dimmed" text passes WCAG AA on white. */
const gray: MantineColorsTuple = [
  "#f8f9fa", "#f1f3f5", "#e9ecef", "#dee2e6", "#ced4da",
  "#a5adb5", "#5c646c", "#495057", "#343a40", "#212529",
];

export const theme = createTheme({
  primaryColor: "scaffold",
  primaryShade: { light: 7, dark: 4 },
  colors: { scaffold, sun, gray },
  white: "#ffffff",
  black: "#1d2328",
  focusRing: "auto",
  cursorType: "pointer",
  defaultRadius: "md",
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  fontFamilyMonospace: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
  fontSizes: { xs: "0.8125rem", sm: "0.9375rem", md: "1rem", lg: "1.125rem", xl: "1.3125rem" },
  lineHeights: { xs: "1.45", sm: "1.5", md: "1.6", lg: "1.6", xl: "1.6" },
  spacing: { xs: "0.5rem", sm: "0.75rem", md: "1rem", lg: "1.5rem", xl: "2.25rem" },
  radius: { xs: "2px", sm: "4px", md: "8px", lg: "12px", xl: "20px" },
  headings: {
    fontWeight: "650",
    sizes: {
      h1: { fontSize: "1.875rem", lineHeight: "1.25" },
      h2: { fontSize: "1.5rem", lineHeight: "1.3" },
      h3: { fontSize: "1.25rem", lineHeight: "1.35" },
      h4: { fontSize: "1.0625rem", lineHeight: "1.4" },
    },
  },
  other: {
    /** Width that keeps long text readable. */
    readableWidth: "46rem",
    headerHeight: 60,
    navbarWidth: 250,
  },
});
