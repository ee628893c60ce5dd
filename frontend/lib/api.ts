import { clearSession, getAccessToken, refreshAccessToken, SessionExpiredError } from "./auth";
import type { Problem } from "./types";

/** An error answer of the API (application/problem+json). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field?: string;
  readonly retryAfterSeconds?: number;

  constructor(problem: Problem, retryAfter?: string | null) {
    super(problem.detail || problem.title || `Request failed (${problem.status})`);
    this.name = "ApiError";
    this.status = problem.status;
    this.code = problem.code || "error";
    this.field = problem.field;
    const s = retryAfter ? Number(retryAfter) : NaN;
    this.retryAfterSeconds = Number.isFinite(s) ? s : undefined;
  }
}

let onUnauthorized: () => void = () => undefined;
/** What to do when the session cannot be renewed (go to sign-in). */
export function setUnauthorizedHandler(fn: () => void) {
  onUnauthorized = fn;
}

async function toError(res: Response): Promise<ApiError> {
  let problem: Problem = { status: res.status };
  try {
    const body = await res.json();
    if (body && typeof body === "object") problem = { ...body, status: res.status };
  } catch {
    /* not JSON */
  }
  return new ApiError(problem, res.headers.get("Retry-After"));
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  /** Requests that do not need a token (register, login). */
  anonymous?: boolean;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Fetch with the bearer token; on a 401 refreshes once and retries, then gives up to sign-in. */
export async function authFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const attempt = async (token: string) => {
    const headers = new Headers(init.headers);
    headers.set("Authorization", `Bearer ${token}`);
    return fetch(url, { ...init, headers });
  };
  let token: string;
  try {
    token = await getAccessToken();
  } catch (e) {
    if (e instanceof SessionExpiredError) onUnauthorized();
    throw e;
  }
  let res = await attempt(token);
  if (res.status === 401) {
    try {
      token = await refreshAccessToken(token);
    } catch (e) {
      if (e instanceof SessionExpiredError) onUnauthorized();
      throw e;
    }
    res = await attempt(token);
    if (res.status === 401) {
      clearSession();
      onUnauthorized();
      throw new SessionExpiredError();
    }
  }
  return res;
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { ...opts.headers };
  const init: RequestInit = { method: opts.method ?? (opts.body !== undefined ? "POST" : "GET"), headers, signal: opts.signal };
  if (opts.body !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(opts.body);
  }
  const url = `/api${path}`;
  const res = opts.anonymous ? await fetch(url, init) : await authFetch(url, init);
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface UploadHandle<T> {
  promise: Promise<T>;
  abort: () => void;
}

/** Multipart upload with progress (XMLHttpRequest: fetch has no upload progress). */
export function upload<T>(path: string, file: File, onProgress: (fraction: number) => void, method = "POST"): UploadHandle<T> {
  let xhr: XMLHttpRequest | null = null;
  let aborted = false;
  const send = (token: string) =>
    new Promise<{ status: number; body: string; retryAfter: string | null }>((resolve, reject) => {
      xhr = new XMLHttpRequest();
      xhr.open(method, `/api${path}`);
      xhr.setRequestHeader("Authorization", `Bearer ${token}`);
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) onProgress(e.loaded / e.total);
      };
      xhr.onload = () => resolve({ status: xhr!.status, body: xhr!.responseText, retryAfter: xhr!.getResponseHeader("Retry-After") });
      xhr.onerror = () => reject(new Error("Upload failed: network error"));
      xhr.onabort = () => reject(new DOMException("Upload cancelled", "AbortError"));
      const form = new FormData();
      form.append("file", file, file.name);
      xhr.send(form);
    });
  const promise = (async () => {
    let token = await getAccessToken();
    let r = await send(token);
    if (r.status === 401 && !aborted) {
      token = await refreshAccessToken(token);
      r = await send(token);
    }
    if (r.status < 200 || r.status >= 300) {
      let problem: Problem = { status: r.status };
      try {
        problem = { ...JSON.parse(r.body), status: r.status };
      } catch {
        /* not JSON */
      }
      throw new ApiError(problem, r.retryAfter);
    }
    onProgress(1);
    return JSON.parse(r.body) as T;
  })();
  return {
    promise,
    abort: () => {
      aborted = true;
      (xhr as XMLHttpRequest | null)?.abort();
    },
  };
}

/** Human text for an API or network error. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) {
    switch (e.code) {
      case "invalid_credentials":
        return "Email or password is wrong.";
      case "email_taken":
        return "An account with this email already exists.";
      case "too_many_attempts":
        return `Too many attempts. Please wait${e.retryAfterSeconds ? ` ${formatWait(e.retryAfterSeconds)}` : " a while"} and try again.`;
      case "rate_limited":
        return "You are going too fast. Please wait a moment.";
      case "payload_too_large":
        return "That file is too large.";
      case "unsupported_media_type":
        return "That type of file is not supported.";
      case "forbidden":
        return e.message || "You are not allowed to do that.";
      case "not_found":
        return "Not found.";
      case "validation_failed":
        return describeFieldProblem(e);
      default:
        return e.message;
    }
  }
  if (e instanceof Error) return e.message;
  return "Something went wrong.";
}

const FIELD_LABELS: Record<string, string> = {
  name: "Name",
  email: "Email",
  password: "Password",
  current: "Current password",
  new: "The new password",
  bio: "Bio",
  description: "Description",
};

/**
 * A sentence for a `validation_failed` problem about one field. The server words these for
 * developers ("name must not be empty"); people get the field's label and a plain rule.
 */
export function describeFieldProblem(e: ApiError): string {
  const label = (e.field && FIELD_LABELS[e.field]) || "This field";
  const rule = e.field && e.message.startsWith(`${e.field} `) ? e.message.slice(e.field.length + 1) : null;
  if (rule === null) return sentence(e.message);
  if (/^(is required|must not be empty|must contain visible characters)$/.test(rule)) return `${label} cannot be empty.`;
  const length = /^must be at (least|most) (\d+) characters$/.exec(rule);
  if (length) return `${label} must be ${length[1] === "least" ? "at least" : "at most"} ${length[2]} characters long.`;
  if (rule === "is not a valid address") return "That is not a valid email address.";
  if (rule.includes("control characters")) return `${label} contains characters that cannot be used.`;
  return `${label} ${rule}.`;
}

function sentence(text: string): string {
  const t = text.trim();
  if (!t) return "This value is not accepted.";
  return t[0].toUpperCase() + t.slice(1) + (/[.!?]$/.test(t) ? "" : ".");
}

function formatWait(seconds: number): string {
  if (seconds < 90) return `${Math.ceil(seconds)} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
