// Types for browserBundle.mjs (scripts are plain JavaScript so node can run them without a build).
import type { BuildOptions, BuildResult } from 'esbuild';

export interface BrowserBundleOptions {
  entry?: string;
  outfile?: string;
  production?: boolean;
}
export function isNodeBuiltin(specifier: string): boolean;
export function browserOptions(options?: BrowserBundleOptions): BuildOptions;
export function nodeGlobalsIn(code: string): string[];
export function buildBrowserBundle(options?: BrowserBundleOptions): Promise<BuildResult<{ metafile: true }>>;
