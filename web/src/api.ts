// The API from the browser: the signed-in token on every call, JSON in and out, and RFC 7807
// problems turned into errors that keep the server's words.
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  problems?: { path: string; reason: string }[];
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly problem?: Problem) {
    super(message);
  }
}

const TOKEN_KEY = 'ytterby.token';

/** The token lives in this tab's session storage: closing the tab signs out. */
export const tokenStore = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

async function request(method: string, path: string, body?: unknown, token = tokenStore.get()): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, text/csv, text/html' };
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  } catch (error) {
    throw new ApiError(0, `the server did not answer (${(error as Error).message})`);
  }
  if (!response.ok) {
    const text = await response.text();
    let problem: Problem | undefined;
    try {
      problem = JSON.parse(text) as Problem;
    } catch {
      problem = undefined;
    }
    const details = problem?.problems?.map((p) => `${p.path}: ${p.reason}`).join('; ');
    throw new ApiError(response.status, `${response.status} ${problem?.title ?? response.statusText}: ${problem?.detail ?? text.slice(0, 200)}${details ? ` (${details})` : ''}`, problem);
  }
  return response;
}

export async function apiGet<T>(path: string, token?: string): Promise<T> {
  return (await (await request('GET', path, undefined, token)).json()) as T;
}

export async function apiPost<T>(path: string, body: unknown): Promise<T> {
  return (await (await request('POST', path, body)).json()) as T;
}

/** A file the API makes (CSV, HTML), saved by the browser under its name. */
export async function apiDownload(path: string, filename: string): Promise<void> {
  const blob = await (await request('GET', path)).blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A query string from the defined values only. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
