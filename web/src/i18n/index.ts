import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";

/** Languages the web app has translations for; English is the source language. */
export const SUPPORTED_LANGUAGES = ["en"] as const;

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: "en",
  fallbackLng: "en",
  supportedLngs: [...SUPPORTED_LANGUAGES],
  // React already escapes what it renders.
  interpolation: { escapeValue: false },
  returnNull: false,
});

// Screen readers and the browser's spell-check follow the page language.
i18n.on("languageChanged", (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;

export default i18n;
