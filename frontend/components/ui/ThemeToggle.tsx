"use client";
import { useTheme } from "@/hooks/useTheme";
import type { ThemeChoice } from "@/lib/theme";
import { IconButton } from "./Button";
import { MonitorIcon, MoonIcon, SunIcon } from "./icons";

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<ThemeChoice, string> = { system: "System theme", light: "Light theme", dark: "Dark theme" };

/** Cycles system → light → dark; the choice is kept in localStorage. */
export function ThemeToggle() {
  const [choice, setChoice] = useTheme();
  const Icon = choice === "light" ? SunIcon : choice === "dark" ? MoonIcon : MonitorIcon;
  return (
    <IconButton label={`Theme: ${LABEL[choice]} (switch to ${LABEL[NEXT[choice]].toLowerCase()})`} onClick={() => setChoice(NEXT[choice])}>
      <Icon />
    </IconButton>
  );
}
