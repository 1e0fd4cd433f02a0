// Worker threads start from a module's URL, which no compiler rewrites: a module beside the caller
// is named as the caller itself runs, its TypeScript source (under tsx) or the JavaScript that
// `npm run build:cli` made of it in dist/.

/** The URL of `path` (a .ts module, relative to the caller) in the form the caller runs as. */
export function siblingModule(path: string, callerUrl: string): URL {
  return new URL(callerUrl.endsWith('.js') ? path.replace(/\.ts$/, '.js') : path, callerUrl);
}
