/** Where to go after signing in: the page that sent the person to sign-in (sessionStorage). */
const NEXT_KEY = "parley.next";

export function rememberNext(path: string) {
  try {
    sessionStorage.setItem(NEXT_KEY, path);
  } catch {
    /* ignore */
  }
}

export function forgetNext() {
  try {
    sessionStorage.removeItem(NEXT_KEY);
  } catch {
    /* ignore */
  }
}

export function takeNext(): string {
  try {
    const v = sessionStorage.getItem(NEXT_KEY);
    sessionStorage.removeItem(NEXT_KEY);
    // Only a page of this site, and never a sign-in page itself: signing in again would lead nowhere.
    if (v && v.startsWith("/") && !v.startsWith("//") && !/^\/(login|register)(\/|\?|$)/.test(v)) return v;
  } catch {
    /* ignore */
  }
  return "/chat/";
}
