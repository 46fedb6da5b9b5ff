import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "./api-client";

/** Seconds to wait from a throttled sign-in, taken from the error details or `Retry-After`. */
function retrySeconds(error: ApiError): number | undefined {
  const details = error.details as { retryAfter?: unknown } | undefined;
  if (typeof details?.retryAfter === "number") return details.retryAfter;
  if (error.retryAfter) return error.retryAfter;
  const match = /(\d+)\s*second/.exec(error.message);
  return match ? Number(match[1]) : undefined;
}

/**
 * Turns any error into text for people: the API's error code is the translation key
 * (`errors.CODE`); unknown codes fall back to the server's message.
 */
export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) return t("errors.UNKNOWN");
      const key = `errors.${error.code}`;
      if (error.code === "TOO_MANY_SIGN_IN_ATTEMPTS") {
        const seconds = retrySeconds(error);
        return seconds === undefined ? t(key) : t("errors.TOO_MANY_SIGN_IN_ATTEMPTS_WAIT", { count: seconds });
      }
      if (i18n.exists(key)) return t(key, { detail: error.message });
      return error.message || t("errors.UNKNOWN");
    },
    [t, i18n],
  );
}
